from wirestream.cli import main

if __name__ == "__main__":  # a stage's work process imports this module again (multiprocessing); it must not run
    main()
