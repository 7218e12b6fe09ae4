//go:build !unix

package output

import (
	"io/fs"
	"os"
)

func writeFile(name string, data []byte, perm fs.FileMode) error {
	return os.WriteFile(name, data, perm)
}
