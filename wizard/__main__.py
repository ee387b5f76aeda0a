"""`python -m wizard`: start the GUI, or run a subcommand."""

from wizard.cli import main

raise SystemExit(main())
