package serve

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// BenchmarkEditLatency measures, on the site in MOTCUA_SERVE_SITE (see
// bench/serve-latency.sh), how long an edited procedure takes to be served
// fresh: from the rename that saves it to the first response holding the
// new text. Each iteration is one edit; MOTCUA_SERVE_PAUSE waits between
// edits (default none, so rebuilds are cancelled by the next save, the
// hardest case), and MOTCUA_SERVE_SETTLE=1 waits after each edit until the
// whole site has been rebuilt, reporting that time too. It reports the
// median, 90th percentile and worst latency, and memory sampled after the
// first build and every 20 edits: resident memory (first, highest, last)
// and the live heap after a collection (first, last), which is what a leak
// would grow.
func BenchmarkEditLatency(b *testing.B) {
	root := os.Getenv("MOTCUA_SERVE_SITE")
	if root == "" {
		b.Skip("set MOTCUA_SERVE_SITE to a site folder (bench/serve-latency.sh does)")
	}
	var pause time.Duration
	if p := os.Getenv("MOTCUA_SERVE_PAUSE"); p != "" {
		var err error
		if pause, err = time.ParseDuration(p); err != nil {
			b.Fatal(err)
		}
	}
	file, pagePath := benchProcedure(b, root)
	original, err := os.ReadFile(file)
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { os.WriteFile(file, original, 0o644) })

	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		b.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ready := make(chan string, 1)
	stopped := make(chan error, 1)
	started := time.Now()
	settle := os.Getenv("MOTCUA_SERVE_SETTLE") != ""
	terminal := &syncBuffer{}
	go func() {
		stopped <- Run(ctx, ln, Options{Source: root, Log: terminal, Ready: func(u string) { ready <- u }})
	}()
	base := <-ready
	firstBuild := time.Since(started)
	defer func() {
		cancel()
		<-stopped
	}()
	client := &http.Client{}
	url := base + pagePath
	if body := fetch(b, client, url); !strings.Contains(body, "<h1") {
		b.Fatalf("%s is not a page: %.200s", url, body)
	}
	// After the first build, then every 20 edits.
	rss, heap := []float64{rssMB(b)}, []float64{heapMB()}
	latencies := make([]time.Duration, 0, b.N)
	var settled []time.Duration
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		marker := fmt.Sprintf("Lần sửa thứ %d của bài đo.", i+1)
		edited := strings.Replace(string(original), "\n---\n", "\n---\n\n"+marker+"\n\n", 1)
		tmp := filepath.Join(filepath.Dir(file), ".bench-edit.tmp")
		if err := os.WriteFile(tmp, []byte(edited), 0o644); err != nil {
			b.Fatal(err)
		}
		if err := os.Rename(tmp, file); err != nil {
			b.Fatal(err)
		}
		saved := time.Now()
		lines := strings.Count(terminal.String(), "\n")
		for !strings.Contains(fetch(b, client, url), marker) {
			if time.Since(saved) > time.Minute {
				b.Fatalf("edit %d never served", i+1)
			}
			time.Sleep(time.Millisecond)
		}
		latencies = append(latencies, time.Since(saved))
		if settle {
			// Every finished rebuild prints one line.
			for strings.Count(terminal.String(), "\n") == lines {
				time.Sleep(time.Millisecond)
			}
			settled = append(settled, time.Since(saved))
		}
		if pause > 0 {
			time.Sleep(pause)
		}
		if (i+1)%20 == 0 {
			b.StopTimer()
			rss, heap = append(rss, rssMB(b)), append(heap, heapMB())
			b.StartTimer()
		}
	}
	b.StopTimer()
	slices.Sort(latencies)
	ms := func(d time.Duration) float64 { return float64(d.Microseconds()) / 1000 }
	b.ReportMetric(ms(latencies[len(latencies)/2]), "median-ms")
	b.ReportMetric(ms(latencies[len(latencies)*9/10]), "p90-ms")
	b.ReportMetric(ms(latencies[len(latencies)-1]), "max-ms")
	if settle {
		slices.Sort(settled)
		b.ReportMetric(ms(settled[len(settled)/2]), "settled-median-ms")
	}
	b.ReportMetric(firstBuild.Seconds(), "first-build-s")
	b.ReportMetric(rss[0], "rss-first-MB")
	b.ReportMetric(slices.Max(rss), "rss-max-MB")
	b.ReportMetric(rssMB(b), "rss-last-MB")
	b.ReportMetric(heap[0], "heap-first-MB")
	b.ReportMetric(heapMB(), "heap-last-MB")
	if os.Getenv("MOTCUA_SERVE_VERBOSE") != "" {
		b.Logf("latencies (sorted): %v", latencies)
		b.Logf("RSS every 20 edits (MB): %.0f", rss)
		b.Logf("live heap every 20 edits (MB): %.0f", heap)
	}
}

// benchProcedure picks the first procedure of the site and its page path.
func benchProcedure(b *testing.B, root string) (file, page string) {
	entries, err := os.ReadDir(filepath.Join(root, "content", "thu-tuc"))
	if err != nil {
		b.Fatal(err)
	}
	for _, e := range entries {
		name := e.Name()
		if !e.IsDir() && strings.HasSuffix(name, ".md") && name != "_index.md" {
			return filepath.Join(root, "content", "thu-tuc", name), "thu-tuc/" + strings.TrimSuffix(name, ".md") + "/"
		}
	}
	b.Fatal("no procedure under content/thu-tuc")
	return "", ""
}

func fetch(b *testing.B, client *http.Client, url string) string {
	resp, err := client.Get(url)
	if err != nil {
		b.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		b.Fatal(err)
	}
	return string(body)
}

// heapMB is the live heap after a collection: what a leak would grow.
func heapMB() float64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return float64(m.HeapAlloc) / (1 << 20)
}

// rssMB is the resident memory of this process after a collection.
func rssMB(b *testing.B) float64 {
	runtime.GC()
	f, err := os.Open("/proc/self/status")
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return 0 // not Linux
		}
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, _ := strconv.ParseFloat(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 64)
			return kb / 1024
		}
	}
	return 0
}
