import sys

from benchmarks.agencydeck.generate import main

sys.exit(main())
