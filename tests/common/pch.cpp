// The object the test suites' precompiled headers are built for; it holds no code.
