"""fetch: files in the watched inbox become articles on ``wirestream:fetched``.

``formats`` reads bytes into an article (pure), ``inbox`` finds, claims and files
dropped files, ``worker`` is the process that runs them against Redis.
"""
