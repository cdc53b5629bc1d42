from coopdb.cli import main

main()
