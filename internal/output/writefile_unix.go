//go:build unix

package output

import (
	"io/fs"
	"syscall"
)

// writeFile is os.WriteFile without the os.File around the descriptor. On
// Linux, os.OpenFile offers every file to the network poller, which turns
// it down: five system calls (four fcntl, one epoll_ctl) on top of open,
// write and close, for each of tens of thousands of pages.
func writeFile(name string, data []byte, perm fs.FileMode) error {
	fd, err := syscall.Open(name, syscall.O_WRONLY|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_CLOEXEC, uint32(perm.Perm()))
	if err != nil {
		return &fs.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 {
		n, err := syscall.Write(fd, data)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			syscall.Close(fd)
			return &fs.PathError{Op: "write", Path: name, Err: err}
		}
		data = data[n:]
	}
	if err := syscall.Close(fd); err != nil {
		return &fs.PathError{Op: "close", Path: name, Err: err}
	}
	return nil
}
