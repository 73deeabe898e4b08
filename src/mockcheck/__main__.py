from mockcheck.cli import run

run()
