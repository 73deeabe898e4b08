"""Writers of the report, one module per format, all over the same Report."""
