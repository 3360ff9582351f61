from quotetool.cli import main

main()
