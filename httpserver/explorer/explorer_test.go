package explorer

import (
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"
)

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) (*http.Response, string) {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	b, _ := io.ReadAll(rec.Result().Body)
	return rec.Result(), string(b)
}

// mounted is the explorer as the server mounts it.
func mounted() http.Handler {
	mux := http.NewServeMux()
	mux.Handle("/explore/", http.StripPrefix("/explore", Handler()))
	return mux
}

var assetRef = regexp.MustCompile(`(?:src|href)="\./(assets/[^"]+)"`)

func TestPageAndAssets(t *testing.T) {
	h := mounted()
	resp, page := get(t, h, http.MethodGet, "/explore/?entity=cyberport&depth=2", nil)
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("page: %d %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	if !strings.Contains(page, "<title>hkgraph explorer</title>") {
		t.Errorf("not the explorer's page:\n%s", page)
	}
	csp := resp.Header.Get("Content-Security-Policy")
	for _, want := range []string{"default-src 'none'", "script-src 'self'", "connect-src 'self' ws://example.com wss://example.com"} {
		if !strings.Contains(csp, want) {
			t.Errorf("CSP lacks %q: %s", want, csp)
		}
	}
	if resp.Header.Get("Cache-Control") != "no-cache" {
		t.Errorf("page Cache-Control %q", resp.Header.Get("Cache-Control"))
	}
	for _, bad := range []string{"http://", "https://", "<script>"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q (no CDN, no inline script)", bad)
		}
	}
	refs := assetRef.FindAllStringSubmatch(page, -1)
	var js, css int
	for _, m := range refs {
		resp, body := get(t, h, http.MethodGet, "/explore/"+m[1], nil)
		if resp.StatusCode != http.StatusOK || len(body) == 0 {
			t.Errorf("%s: %d", m[1], resp.StatusCode)
		}
		if !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: Cache-Control %q", m[1], resp.Header.Get("Cache-Control"))
		}
		switch {
		case strings.HasSuffix(m[1], ".js"):
			js++
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/javascript") {
				t.Errorf("%s: Content-Type %q", m[1], resp.Header.Get("Content-Type"))
			}
		case strings.HasSuffix(m[1], ".css"):
			css++
		}
	}
	if js != 1 || css != 1 {
		t.Errorf("page references %d scripts and %d stylesheets, want 1 and 1: %v", js, css, refs)
	}
}

func TestGzipAndConditional(t *testing.T) {
	h := mounted()
	_, page := get(t, h, http.MethodGet, "/explore/", nil)
	var script string
	for _, m := range assetRef.FindAllStringSubmatch(page, -1) {
		if strings.HasSuffix(m[1], ".js") {
			script = "/explore/" + m[1]
		}
	}
	_, plain := get(t, h, http.MethodGet, script, nil)
	resp, _ := get(t, h, http.MethodGet, script, map[string]string{"Accept-Encoding": "gzip"})
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}
	req := httptest.NewRequest(http.MethodGet, script, nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	zr, err := gzip.NewReader(rec.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, _ := io.ReadAll(zr)
	if string(unzipped) != plain {
		t.Error("gzipped script differs")
	}
	resp, _ = get(t, h, http.MethodGet, script, map[string]string{"If-None-Match": resp.Header.Get("ETag"), "Accept-Encoding": "gzip"})
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: %d", resp.StatusCode)
	}
}

func TestNotFoundRedirectAndMethods(t *testing.T) {
	h := mounted()
	for _, tc := range []struct {
		method, target string
		want           int
	}{
		{http.MethodGet, "/explore", http.StatusTemporaryRedirect}, // ServeMux adds the slash
		{http.MethodGet, "/explore/index.html", http.StatusNotFound},
		{http.MethodGet, "/explore/assets/nope.js", http.StatusNotFound},
		{http.MethodGet, "/explore/assets/../index.html", http.StatusTemporaryRedirect}, // cleaned by ServeMux
		{http.MethodGet, "/explore/src/main.ts", http.StatusNotFound},
		{http.MethodHead, "/explore/", http.StatusOK},
		{http.MethodPost, "/explore/", http.StatusMethodNotAllowed},
	} {
		if resp, _ := get(t, h, tc.method, tc.target, nil); resp.StatusCode != tc.want {
			t.Errorf("%s %s: %d, want %d", tc.method, tc.target, resp.StatusCode, tc.want)
		}
	}
}

// The embedded build stays small and holds only what the page loads.
func TestBuildContents(t *testing.T) {
	total := 0
	for name, f := range files {
		total += len(f.data)
		if strings.HasSuffix(name, ".map") {
			t.Errorf("source map %s is embedded", name)
		}
	}
	if files["index.html"] == nil {
		t.Fatal("dist/index.html is missing: run make explorer")
	}
	if total > 2<<20 {
		t.Errorf("the build is %d bytes; keep it under 2 MiB", total)
	}
}
