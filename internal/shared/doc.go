// Package shared locates the project's read-only shared material (seed
// articles, gold labels, benchmarks, treebanks) for tests.
//
// The material lives in a folder named shared beside the repository. Tests
// that need it call [Dir]: where it is absent (a user's clone) the test is
// skipped with a clear message, but when the environment variable CI is
// "true" a missing folder fails the test.
package shared
