from pgmig.cli import main

main()
