#!/usr/bin/env python
from teekond.cli import main

if __name__ == "__main__":
    main()
