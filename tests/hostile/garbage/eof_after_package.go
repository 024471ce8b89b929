// Abuses: a file that stops right after the package keyword.
package