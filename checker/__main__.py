"""`python -m checker` runs the indicheck command line."""

from checker.cli import main

main(prog_name="indicheck")
