package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"syscall"

	"github.com/motcua/motcua/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(stderr)
	source := fl.String("source", ".", "site root holding site.yaml, content/, layouts/, static/ and themes/")
	addr := fl.String("addr", "127.0.0.1:1313", "address to listen on; anything but loopback exposes drafts to the network")
	drafts := fl.Bool("drafts", false, "include drafts and pages outside their publish/expiry dates")
	open := fl.Bool("open", false, "open the site in the default browser")
	fl.Usage = func() {
		fmt.Fprintf(fl.Output(), "Usage: motcua serve [flags]\n\nBuilds the site in memory and serves it, rebuilding on every save; open\npages reload by themselves and show problems over the page. Nothing is\nwritten to public/. Stop with Ctrl+C.\n\nFlags:\n")
		fl.PrintDefaults()
	}
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(stderr, "motcua serve: unexpected arguments %v\n", fl.Args())
		return 2
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintln(stderr, "motcua:", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	opts := serve.Options{Source: *source, FS: siteFS(*source), Drafts: *drafts, Log: stdout}
	if *open {
		opts.Ready = openBrowser
	}
	if err := serve.Run(ctx, ln, opts); err != nil {
		fmt.Fprintln(stderr, "motcua:", err)
		return 1
	}
	return 0
}

// openBrowser starts the system's URL opener, if it has one; failing to
// open a browser is not worth stopping the preview for.
func openBrowser(url string) {
	var cmd *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		cmd = exec.Command("cmd", "/c", "start", "", url)
	case "darwin":
		cmd = exec.Command("open", url)
	default:
		cmd = exec.Command("xdg-open", url)
	}
	if cmd.Start() == nil {
		go cmd.Wait()
	}
}
