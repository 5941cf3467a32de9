package main

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

func fixedNow() time.Time { return time.Date(2024, 5, 1, 12, 0, 0, 0, time.UTC) }

func TestHelloDefaultsToWorld(t *testing.T) {
	rec := httptest.NewRecorder()
	newMux(fixedNow).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/hello", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d", rec.Code)
	}
	var g greeting
	if err := json.Unmarshal(rec.Body.Bytes(), &g); err != nil {
		t.Fatal(err)
	}
	if g.Message != "hello, world" || g.Time != "2024-05-01T12:00:00Z" {
		t.Fatalf("got %+v", g)
	}
}

func TestHelloUsesName(t *testing.T) {
	rec := httptest.NewRecorder()
	newMux(fixedNow).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/hello?name=gopher", nil))
	if !strings.Contains(rec.Body.String(), `"hello, gopher"`) {
		t.Fatalf("body %q", rec.Body.String())
	}
}

func TestHelloRejectsPost(t *testing.T) {
	rec := httptest.NewRecorder()
	newMux(fixedNow).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/hello", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Fatalf("status %d", rec.Code)
	}
}

func TestSelfTestQueriesItself(t *testing.T) {
	var out bytes.Buffer
	if err := selfTest(&out); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out.String(), "/healthz -> ok") {
		t.Fatalf("output %q", out.String())
	}
}

func TestCountCertificatesCountsPEMBlocks(t *testing.T) {
	dir := t.TempDir()
	path := dir + "/bundle.crt"
	bundle := "junk\n-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n" +
		"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
	if err := os.WriteFile(path, []byte(bundle), 0o644); err != nil {
		t.Fatal(err)
	}
	n, err := countCertificates(path)
	if err != nil || n != 2 {
		t.Fatalf("got %d, %v", n, err)
	}
	if _, err := countCertificates(dir + "/missing.crt"); err == nil {
		t.Fatal("a missing bundle must be an error")
	}
}
