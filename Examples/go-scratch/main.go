// Command greeter is a small HTTP service: a greeting in JSON, a health check,
// and how many CA certificates the process can see (the scratch image has only
// the bundle copied in from the build stage).
package main

import (
	"encoding/json"
	"encoding/pem"
	"flag"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"os"
	"strings"
	"time"
)

type greeting struct {
	Message string `json:"message"`
	Time    string `json:"time"`
}

func newMux(now func() time.Time) *http.ServeMux {
	mux := http.NewServeMux()
	mux.HandleFunc("/healthz", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	mux.HandleFunc("/hello", func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		name := strings.TrimSpace(r.URL.Query().Get("name"))
		if name == "" {
			name = "world"
		}
		w.Header().Set("Content-Type", "application/json")
		json.NewEncoder(w).Encode(greeting{
			Message: "hello, " + name,
			Time:    now().UTC().Format(time.RFC3339),
		})
	})
	mux.HandleFunc("/certs", func(w http.ResponseWriter, r *http.Request) {
		n, err := countCertificates(certBundle())
		if err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		fmt.Fprintf(w, "%d CA certificates in %s\n", n, certBundle())
	})
	return mux
}

// certBundle is where the process looks for CA certificates: SSL_CERT_FILE if
// set, else the path the article's Dockerfile copies the bundle to.
func certBundle() string {
	if p := os.Getenv("SSL_CERT_FILE"); p != "" {
		return p
	}
	return "/etc/ssl/certs/ca-certificates.crt"
}

// countCertificates reports how many PEM certificates the bundle at path holds;
// a scratch image without the copied bundle has none.
func countCertificates(path string) (int, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return 0, err
	}
	n := 0
	for {
		var block *pem.Block
		block, data = pem.Decode(data)
		if block == nil {
			return n, nil
		}
		if block.Type == "CERTIFICATE" {
			n++
		}
	}
}

// selfTest serves on a loopback port, asks itself for /healthz and /hello, and
// prints what it got: a smoke test that needs no shell and no network.
func selfTest(out io.Writer) error {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	srv := &http.Server{Handler: newMux(time.Now), ReadHeaderTimeout: 5 * time.Second}
	go srv.Serve(ln)
	defer srv.Close()
	client := &http.Client{Timeout: 5 * time.Second}
	for _, path := range []string{"/healthz", "/hello?name=container", "/certs"} {
		resp, err := client.Get("http://" + ln.Addr().String() + path)
		if err != nil {
			return err
		}
		body, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err != nil {
			return err
		}
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("%s: status %d", path, resp.StatusCode)
		}
		fmt.Fprintf(out, "%s -> %s", path, body)
	}
	return nil
}

func main() {
	addr := flag.String("addr", ":8080", "listen address")
	self := flag.Bool("selftest", false, "serve on loopback, query itself once, and exit")
	flag.Parse()
	if *self || os.Getenv("SELFTEST") == "1" {
		if err := selfTest(os.Stdout); err != nil {
			log.Fatal(err)
		}
		return
	}
	srv := &http.Server{Addr: *addr, Handler: newMux(time.Now), ReadHeaderTimeout: 5 * time.Second}
	log.Printf("listening on %s", *addr)
	log.Fatal(srv.ListenAndServe())
}
