package graphiql

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
)

var testOpts = Options{
	Title:                "hkgraph <explorer> & co",
	Endpoint:             "/graphql",
	SubscriptionEndpoint: "/graphql",
	HeaderEditorEnabled:  true,
	Tabs: []Tab{
		{
			Name:      "Companies",
			Query:     "query Companies($first: Int) { companies(first: $first) { id name } }",
			Variables: `{"first": 10}`,
		},
		{
			Name:  "Evil </script>",
			Query: `query Evil { search(text: "</script><script>alert(1)</script>") { id } }`,
		},
	},
}

func get(t *testing.T, h http.Handler, method, target string, hdr map[string]string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(method, target, nil)
	for k, v := range hdr {
		req.Header.Set(k, v)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Result()
}

func body(t *testing.T, resp *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

var (
	scriptTagRE = regexp.MustCompile(`<script\b([^>]*)>`)
	srcRE       = regexp.MustCompile(`\bsrc="([^"]*)"`)
	hrefRE      = regexp.MustCompile(`<link rel="stylesheet" href="([^"]*)"`)
	configRE    = regexp.MustCompile(`(?s)<script id="graphiql-config" type="application/json">(.*?)</script>`)
)

// referencedAssets returns the script and stylesheet URLs of the page,
// resolved against pageURL.
func referencedAssets(t *testing.T, pageURL, page string) []string {
	t.Helper()
	base, err := url.Parse(pageURL)
	if err != nil {
		t.Fatal(err)
	}
	var refs []string
	for _, m := range srcRE.FindAllStringSubmatch(page, -1) {
		refs = append(refs, m[1])
	}
	for _, m := range hrefRE.FindAllStringSubmatch(page, -1) {
		refs = append(refs, m[1])
	}
	var out []string
	for _, ref := range refs {
		u, err := base.Parse(ref)
		if err != nil {
			t.Fatalf("bad asset URL %q: %v", ref, err)
		}
		out = append(out, u.RequestURI())
	}
	return out
}

func TestPage(t *testing.T) {
	h := Handler(testOpts)
	tests := []struct {
		name    string
		handler http.Handler
		target  string
	}{
		{"mounted at root", h, "/"},
		{"mounted under a prefix", stripped("/explorer", h), "/explorer/"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			resp := get(t, tc.handler, http.MethodGet, tc.target, nil)
			page := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d, want 200", resp.StatusCode)
			}
			if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=utf-8" {
				t.Errorf("Content-Type %q", ct)
			}
			if !strings.Contains(page, "<title>hkgraph &lt;explorer&gt; &amp; co</title>") {
				t.Errorf("page lacks the escaped title:\n%s", page)
			}
			if !strings.Contains(page, `<script src="graphiql/assets/graphiql.min.js?v=`) {
				t.Errorf("page lacks a script tag for the embedded GraphiQL:\n%s", page)
			}
			for _, cdn := range []string{"unpkg", "jsdelivr", "cdnjs", "http://", "https://"} {
				if strings.Contains(page, cdn) {
					t.Errorf("page mentions %q", cdn)
				}
			}
			// No inline script: every <script> either loads a file or is
			// the JSON config block.
			for _, m := range scriptTagRE.FindAllStringSubmatch(page, -1) {
				if !strings.Contains(m[1], `src="`) && !strings.Contains(m[1], `type="application/json"`) {
					t.Errorf("inline script tag <script%s>", m[1])
				}
			}
			assets := referencedAssets(t, "http://example.test"+tc.target, page)
			if len(assets) != len(pageScripts)+len(pageStyles) {
				t.Errorf("page references %d assets, want %d: %v", len(assets), len(pageScripts)+len(pageStyles), assets)
			}
			for _, a := range assets {
				if !strings.HasPrefix(a, tc.target+"graphiql/assets/") {
					t.Errorf("asset %q is not under %sgraphiql/assets/", a, tc.target)
				}
			}
		})
	}
}

func TestPageHeaders(t *testing.T) {
	resp := get(t, Handler(testOpts), http.MethodGet, "/", nil)
	csp := resp.Header.Get("Content-Security-Policy")
	directives := map[string]string{}
	for _, d := range strings.Split(csp, ";") {
		name, value, _ := strings.Cut(strings.TrimSpace(d), " ")
		directives[name] = value
	}
	want := map[string]string{
		"default-src": "'none'",
		"script-src":  "'self'",
		"style-src":   "'self' 'unsafe-inline'",
		// httptest.NewRequest uses Host example.com.
		"connect-src": "'self' ws://example.com wss://example.com",
	}
	for name, value := range want {
		if directives[name] != value {
			t.Errorf("CSP %s = %q, want %q (CSP: %s)", name, directives[name], value, csp)
		}
	}
	if strings.Contains(csp, "unsafe-eval") {
		t.Errorf("CSP allows eval: %s", csp)
	}
	if got := resp.Header.Get("Cache-Control"); got != "no-cache" {
		t.Errorf("page Cache-Control %q, want no-cache", got)
	}

	// No subscriptions: no ws sources; a foreign endpoint is allowed.
	resp = get(t, Handler(Options{Endpoint: "https://api.example.org/graphql"}), http.MethodGet, "/", nil)
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "connect-src 'self' https://api.example.org;") {
		t.Errorf("CSP with foreign endpoint: %s", csp)
	}
}

func TestAssets(t *testing.T) {
	h := Handler(testOpts)
	page := body(t, get(t, h, http.MethodGet, "/", nil))
	minSize := map[string]int{
		"graphiql.min.js":             500_000,
		"graphiql.min.css":            100_000,
		"react.production.min.js":     5_000,
		"react-dom.production.min.js": 100_000,
		"init.js":                     500,
		"page.css":                    50,
	}
	seen := map[string]bool{}
	for _, ref := range referencedAssets(t, "http://example.test/", page) {
		name := strings.TrimPrefix(strings.SplitN(ref, "?", 2)[0], AssetPath)
		seen[name] = true
		t.Run(name, func(t *testing.T) {
			resp := get(t, h, http.MethodGet, ref, nil)
			b := body(t, resp)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("GET %s: status %d", ref, resp.StatusCode)
			}
			wantCT := "text/javascript; charset=utf-8"
			if strings.HasSuffix(name, ".css") {
				wantCT = "text/css; charset=utf-8"
			}
			if ct := resp.Header.Get("Content-Type"); ct != wantCT {
				t.Errorf("Content-Type %q, want %q", ct, wantCT)
			}
			if min, ok := minSize[name]; !ok {
				t.Errorf("unexpected asset %s", name)
			} else if len(b) < min {
				t.Errorf("%s is %d bytes, want at least %d", name, len(b), min)
			}
			if cc := resp.Header.Get("Cache-Control"); !strings.Contains(cc, "max-age=31536000") {
				t.Errorf("Cache-Control %q", cc)
			}
			if resp.Header.Get("ETag") == "" {
				t.Error("no ETag")
			}
			if resp.Header.Get("Content-Encoding") != "" {
				t.Errorf("Content-Encoding %q without Accept-Encoding", resp.Header.Get("Content-Encoding"))
			}
		})
	}
	for name := range minSize {
		if !seen[name] {
			t.Errorf("page does not reference %s", name)
		}
	}
}

func TestAssetGzipAndConditional(t *testing.T) {
	h := Handler(testOpts)
	target := AssetPath + "graphiql.min.js"
	plain := body(t, get(t, h, http.MethodGet, target, nil))

	resp := get(t, h, http.MethodGet, target, map[string]string{"Accept-Encoding": "gzip, deflate, br"})
	if resp.Header.Get("Content-Encoding") != "gzip" {
		t.Fatalf("Content-Encoding %q, want gzip", resp.Header.Get("Content-Encoding"))
	}
	if !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
		t.Errorf("Vary %q", resp.Header.Get("Vary"))
	}
	zr, err := gzip.NewReader(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	unzipped, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if string(unzipped) != plain {
		t.Error("gzipped asset differs from the plain one")
	}

	resp = get(t, h, http.MethodGet, target, map[string]string{"Accept-Encoding": "gzip;q=0"})
	if resp.Header.Get("Content-Encoding") != "" {
		t.Errorf("gzip;q=0 still got Content-Encoding %q", resp.Header.Get("Content-Encoding"))
	}

	etag := resp.Header.Get("ETag")
	resp = get(t, h, http.MethodGet, target, map[string]string{"If-None-Match": etag})
	if resp.StatusCode != http.StatusNotModified {
		t.Errorf("If-None-Match: status %d, want 304", resp.StatusCode)
	}
}

func TestNotFoundAndMethods(t *testing.T) {
	h := Handler(testOpts)
	tests := []struct {
		method, target string
		want           int
	}{
		{http.MethodGet, AssetPath + "nope.js", http.StatusNotFound},
		{http.MethodGet, AssetPath, http.StatusNotFound},
		{http.MethodGet, AssetPath + "../graphiql.go", http.StatusNotFound},
		{http.MethodGet, AssetPath + "VERSIONS", http.StatusNotFound},
		{http.MethodGet, AssetPath + "LICENSE.react", http.StatusNotFound},
		{http.MethodGet, "/graphiql/", http.StatusNotFound},
		{http.MethodGet, "/index.html", http.StatusNotFound},
		{http.MethodHead, "/", http.StatusOK},
		{http.MethodHead, AssetPath + "init.js", http.StatusOK},
		{http.MethodPost, "/", http.StatusMethodNotAllowed},
		{http.MethodDelete, AssetPath + "init.js", http.StatusMethodNotAllowed},
	}
	for _, tc := range tests {
		t.Run(tc.method+" "+tc.target, func(t *testing.T) {
			if resp := get(t, h, tc.method, tc.target, nil); resp.StatusCode != tc.want {
				t.Errorf("status %d, want %d", resp.StatusCode, tc.want)
			}
		})
	}
}

func TestRedirectToTrailingSlash(t *testing.T) {
	resp := get(t, stripped("/explorer", Handler(testOpts)), http.MethodGet, "/explorer?x=1", nil)
	if resp.StatusCode != http.StatusMovedPermanently {
		t.Fatalf("status %d, want 301", resp.StatusCode)
	}
	if loc := resp.Header.Get("Location"); loc != "/explorer/?x=1" {
		t.Errorf("Location %q, want /explorer/?x=1", loc)
	}
}

// stripped mounts h under prefix as a lead would with a ServeMux.
func stripped(prefix string, h http.Handler) http.Handler {
	mux := http.NewServeMux()
	mux.Handle(prefix, http.StripPrefix(prefix, h))
	mux.Handle(prefix+"/", http.StripPrefix(prefix, h))
	return mux
}

func TestConfigEscaping(t *testing.T) {
	tests := []struct {
		name string
		tab  Tab
	}{
		{"script end tag", Tab{Query: `{ a(s: "</script><script>alert(1)</script>") }`}},
		{"upper-case end tag", Tab{Query: `{ a(s: "</SCRIPT >") }`, Variables: `{"v": "</script>"}`}},
		{"html comment", Tab{Query: "{ a(s: \"<!--<script>\") }"}},
		{"line separators", Tab{Query: "{ a(s: \"\u2028\u2029\") }"}},
		{"name with end tag", Tab{Name: "x</script>y", Query: "{ a }"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			page := body(t, get(t, Handler(Options{Tabs: []Tab{tc.tab}}), http.MethodGet, "/", nil))
			m := configRE.FindStringSubmatch(page)
			if m == nil {
				t.Fatalf("no config block in:\n%s", page)
			}
			block := m[1]
			for _, bad := range []string{"<", ">", "\u2028", "\u2029"} {
				if strings.Contains(block, bad) {
					t.Errorf("config block contains %q unescaped: %s", bad, block)
				}
			}
			if n := strings.Count(strings.ToLower(page), "</script"); n != 1+len(pageScripts) {
				t.Errorf("page has %d </script, want %d:\n%s", n, 1+len(pageScripts), page)
			}
			var cfg pageConfig
			if err := json.Unmarshal([]byte(block), &cfg); err != nil {
				t.Fatalf("config block is not JSON: %v\n%s", err, block)
			}
			if len(cfg.Tabs) != 1 || cfg.Tabs[0].Query != tabQuery(tc.tab) || cfg.Tabs[0].Variables != tc.tab.Variables {
				t.Errorf("config tabs %+v do not round-trip %+v", cfg.Tabs, tc.tab)
			}
		})
	}
}

func TestConfigValues(t *testing.T) {
	page := body(t, get(t, Handler(testOpts), http.MethodGet, "/", nil))
	var cfg pageConfig
	if err := json.Unmarshal([]byte(configRE.FindStringSubmatch(page)[1]), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Title != testOpts.Title || cfg.Endpoint != "/graphql" || cfg.SubscriptionEndpoint != "/graphql" || !cfg.HeaderEditorEnabled {
		t.Errorf("config %+v", cfg)
	}
	if len(cfg.Tabs) != 2 || !strings.HasPrefix(cfg.Tabs[0].Query, "# Companies\nquery Companies(") {
		t.Errorf("tabs %+v", cfg.Tabs)
	}

	// Defaults.
	page = body(t, get(t, Handler(Options{}), http.MethodGet, "/", nil))
	cfg = pageConfig{}
	if err := json.Unmarshal([]byte(configRE.FindStringSubmatch(page)[1]), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Title != "GraphiQL" || cfg.Endpoint != DefaultEndpoint || cfg.SubscriptionEndpoint != "" || cfg.HeaderEditorEnabled || cfg.Tabs != nil {
		t.Errorf("default config %+v", cfg)
	}
}

// TestVendoredAssetsMatchManifest keeps assets/VERSIONS (written by
// update-assets.sh) in step with the files that are embedded.
func TestVendoredAssetsMatchManifest(t *testing.T) {
	f, err := os.Open("assets/VERSIONS")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 3 || !strings.HasPrefix(fields[2], "sha256:") {
			t.Fatalf("bad VERSIONS line %q", line)
		}
		name := fields[0]
		listed[name] = true
		data, err := os.ReadFile("assets/" + name)
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(data)
		if got := "sha256:" + hex.EncodeToString(sum[:]); got != fields[2] {
			t.Errorf("%s: %s, VERSIONS says %s (re-run update-assets.sh)", name, got, fields[2])
		}
		if a, ok := loadAssets()[name]; ok && !bytes.Equal(a.data, data) {
			t.Errorf("embedded %s differs from the file", name)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	total := 0
	for name, a := range loadAssets() {
		total += len(a.data)
		if !listed[name] && name != "init.js" && name != "page.css" {
			t.Errorf("embedded %s is neither ours nor listed in VERSIONS", name)
		}
	}
	if total > 3<<20 {
		t.Errorf("embedded assets total %d bytes, want under 3 MiB", total)
	}
}
