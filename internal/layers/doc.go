// Package layers holds the test that keeps the module's import direction:
// data flows extract → graph → render, and cmd wires them (see its test).
package layers
