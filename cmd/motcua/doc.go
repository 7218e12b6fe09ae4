// Command motcua builds static sites of administrative procedure guides.
//
// It only parses flags and wires the stages in internal/ together; see
// README.md for the user documentation.
package main
