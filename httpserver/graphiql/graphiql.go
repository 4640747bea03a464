// Package graphiql serves a GraphiQL IDE whose scripts and styles are all
// embedded in the binary, so it works on networks that cannot reach a CDN
// (gqlgen's playground handler loads GraphiQL from one).
//
// The handler answers two kinds of paths, relative to where it is mounted:
//
//	/                      the HTML page
//	/graphiql/assets/NAME  the embedded scripts and styles
//
// The page refers to its assets with relative URLs, so it also works behind
// http.StripPrefix, provided the page is requested with a trailing slash
// (a request for the bare mount path is redirected to it):
//
//	mux.Handle("/graphql", gqlServer)
//	mux.Handle("/", graphiql.Handler(graphiql.Options{Endpoint: "/graphql"}))
//
//	// or under a sub-path:
//	mux.Handle("/graphiql/", http.StripPrefix("/graphiql", graphiql.Handler(opts)))
//
// The third-party files in assets/ come from npm (see update-assets.sh and
// assets/VERSIONS): graphiql 3.9.0 (UMD bundle, which includes graphql and
// the graphql-ws client) and the React 18.3.1 UMD production builds.
package graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"html/template"
	"net/http"
	"net/url"
	"path"
	"regexp"
	"strings"
	"sync"
	"time"
)

// AssetPath is the path, relative to the handler's mount point, under which
// the embedded assets are served.
const AssetPath = "/graphiql/assets/"

// DefaultEndpoint is used when Options.Endpoint is empty.
const DefaultEndpoint = "/graphql"

// Options configures the GraphiQL page.
type Options struct {
	// Title is the page title, also shown in GraphiQL's logo area.
	// Defaults to "GraphiQL".
	Title string
	// Endpoint is the GraphQL HTTP endpoint, e.g. "/graphql". A path is
	// resolved against the page's URL; a full http(s) URL to another origin
	// is allowed (and added to the page's connect-src), but then needs CORS.
	// Defaults to DefaultEndpoint.
	Endpoint string
	// SubscriptionEndpoint, when set, enables subscriptions over the
	// graphql-transport-ws protocol. A path such as "/graphql" is turned
	// into a ws:// or wss:// URL on the page's host; a full ws(s) URL is
	// used as is. Empty means no subscriptions.
	SubscriptionEndpoint string
	// Tabs are example operations opened as tabs (GraphiQL's defaultTabs)
	// the first time a browser opens the page; GraphiQL then keeps the
	// user's own tabs in localStorage and ignores these.
	Tabs []Tab
	// HeaderEditorEnabled shows GraphiQL's request-headers editor. Headers
	// typed there are not saved in localStorage.
	HeaderEditorEnabled bool
}

// Tab is an example operation shown in its own GraphiQL tab.
type Tab struct {
	// Name is put as a "# Name" comment on the first line of the query.
	// GraphiQL titles a tab with the query's operation name, so name the
	// operation too (e.g. "query ListCompanies { ... }").
	Name string
	// Query is the GraphQL document.
	Query string
	// Variables is the JSON text of the variables editor; may be empty.
	Variables string
}

//go:embed assets/*.js assets/*.css
var assetFS embed.FS

// The order in which the page loads the scripts and styles.
var (
	pageStyles  = []string{"graphiql.min.css", "page.css"}
	pageScripts = []string{
		"react.production.min.js",
		"react-dom.production.min.js",
		"graphiql.min.js",
		"init.js",
	}
)

type asset struct {
	contentType string
	data        []byte
	etag        string // strong ETag of data, quoted
	version     string // short content hash, used to bust caches in URLs

	gzipOnce sync.Once
	gzipped  []byte // nil when compression does not pay
}

var (
	assetsOnce sync.Once
	assets     map[string]*asset
)

func loadAssets() map[string]*asset {
	assetsOnce.Do(func() {
		entries, err := assetFS.ReadDir("assets")
		if err != nil {
			panic("graphiql: reading embedded assets: " + err.Error())
		}
		assets = make(map[string]*asset, len(entries))
		for _, e := range entries {
			data, err := assetFS.ReadFile("assets/" + e.Name())
			if err != nil {
				panic("graphiql: reading embedded asset: " + err.Error())
			}
			sum := sha256.Sum256(data)
			h := hex.EncodeToString(sum[:])
			assets[e.Name()] = &asset{
				contentType: contentType(e.Name()),
				data:        data,
				etag:        `"` + h[:32] + `"`,
				version:     h[:12],
			}
		}
	})
	return assets
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".css":
		return "text/css; charset=utf-8"
	}
	return "application/octet-stream"
}

// gzipData returns the gzip-compressed asset, compressing it on first use,
// or nil if compression does not make it smaller.
func (a *asset) gzipData() []byte {
	a.gzipOnce.Do(func() {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(a.data)
		if zw.Close() == nil && buf.Len() < len(a.data)*9/10 {
			a.gzipped = buf.Bytes()
		}
	})
	return a.gzipped
}

var pageTemplate = template.Must(template.New("page").Parse(`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{{.Title}}</title>
<link rel="icon" href="data:,">
{{range .Styles}}<link rel="stylesheet" href="{{.}}">
{{end}}</head>
<body>
<div id="graphiql"><div class="graphiql-loading">Loading GraphiQL…</div></div>
<noscript>GraphiQL needs JavaScript.</noscript>
<script id="graphiql-config" type="application/json">{{.Config}}</script>
{{range .Scripts}}<script src="{{.}}"></script>
{{end}}</body>
</html>
`))

// pageConfig is what init.js reads from the page's JSON block.
type pageConfig struct {
	Title                string       `json:"title"`
	Endpoint             string       `json:"endpoint"`
	SubscriptionEndpoint string       `json:"subscriptionEndpoint,omitempty"`
	HeaderEditorEnabled  bool         `json:"headerEditorEnabled"`
	Tabs                 []tabsConfig `json:"tabs,omitempty"`
}

// tabsConfig is one entry of GraphiQL's defaultTabs.
type tabsConfig struct {
	Query     string `json:"query"`
	Variables string `json:"variables,omitempty"`
}

type handler struct {
	page       []byte
	pageETag   string
	connectSrc string // sources beyond 'self' for connect-src
	wsSameHost bool   // add ws://host and wss://host to connect-src
}

// Handler returns an http.Handler serving the GraphiQL page at "/" and its
// embedded assets under AssetPath. It answers other paths with 404.
func Handler(opts Options) http.Handler {
	assets := loadAssets()
	if opts.Title == "" {
		opts.Title = "GraphiQL"
	}
	if opts.Endpoint == "" {
		opts.Endpoint = DefaultEndpoint
	}

	cfg := pageConfig{
		Title:                opts.Title,
		Endpoint:             opts.Endpoint,
		SubscriptionEndpoint: opts.SubscriptionEndpoint,
		HeaderEditorEnabled:  opts.HeaderEditorEnabled,
	}
	for _, t := range opts.Tabs {
		cfg.Tabs = append(cfg.Tabs, tabsConfig{Query: tabQuery(t), Variables: t.Variables})
	}

	// Relative URLs ("graphiql/assets/x.js?v=hash") keep the page working
	// wherever it is mounted; the hash lets assets be cached for good.
	assetURL := func(name string) string {
		a, ok := assets[name]
		if !ok {
			panic("graphiql: missing embedded asset " + name)
		}
		return strings.TrimPrefix(AssetPath, "/") + name + "?v=" + a.version
	}
	data := struct {
		Title           string
		Config          pageConfig
		Styles, Scripts []string
	}{Title: opts.Title, Config: cfg}
	for _, s := range pageStyles {
		data.Styles = append(data.Styles, assetURL(s))
	}
	for _, s := range pageScripts {
		data.Scripts = append(data.Scripts, assetURL(s))
	}
	var buf bytes.Buffer
	if err := pageTemplate.Execute(&buf, data); err != nil {
		// Only possible if the template itself is broken.
		panic("graphiql: rendering page: " + err.Error())
	}
	sum := sha256.Sum256(buf.Bytes())

	h := &handler{
		page:     buf.Bytes(),
		pageETag: `"` + hex.EncodeToString(sum[:16]) + `"`,
	}
	var extra []string
	if o := foreignOrigin(opts.Endpoint, "http", "https"); o != "" {
		extra = append(extra, o)
	}
	if opts.SubscriptionEndpoint != "" {
		if o := foreignOrigin(opts.SubscriptionEndpoint, "ws", "wss"); o != "" {
			extra = append(extra, o)
		} else {
			h.wsSameHost = true
		}
	}
	h.connectSrc = strings.Join(extra, " ")
	return h
}

// tabQuery puts the tab's name as a comment above its query.
func tabQuery(t Tab) string {
	name := strings.Join(strings.Fields(t.Name), " ")
	if name == "" {
		return t.Query
	}
	comment := "# " + name
	if strings.HasPrefix(t.Query, comment+"\n") {
		return t.Query
	}
	return comment + "\n" + t.Query
}

var originPart = regexp.MustCompile(`^[A-Za-z0-9.\-:\[\]]+$`)

// foreignOrigin returns "scheme://host" when raw is an absolute URL with one
// of the given schemes (for the page's connect-src), or "" otherwise.
func foreignOrigin(raw string, schemes ...string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" || !originPart.MatchString(u.Host) {
		return ""
	}
	for _, s := range schemes {
		if strings.EqualFold(u.Scheme, s) {
			return strings.ToLower(u.Scheme) + "://" + u.Host
		}
	}
	return ""
}

func (h *handler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	switch {
	case p == "/":
		h.servePage(w, r)
	case p == "":
		// Mounted with http.StripPrefix and requested without the
		// trailing slash: the relative asset URLs need it.
		target := "/"
		if u, err := url.ParseRequestURI(r.RequestURI); err == nil && u.Path != "" {
			target = u.Path + "/"
			if u.RawQuery != "" {
				target += "?" + u.RawQuery
			}
		}
		http.Redirect(w, r, target, http.StatusMovedPermanently)
	case strings.HasPrefix(p, AssetPath):
		serveAsset(w, r, strings.TrimPrefix(p, AssetPath))
	default:
		http.NotFound(w, r)
	}
}

func (h *handler) servePage(w http.ResponseWriter, r *http.Request) {
	hd := w.Header()
	hd.Set("Content-Type", "text/html; charset=utf-8")
	hd.Set("Content-Security-Policy", h.csp(r))
	hd.Set("X-Content-Type-Options", "nosniff")
	hd.Set("Referrer-Policy", "no-referrer")
	// Revalidate the page every time so new asset versions are picked up.
	hd.Set("Cache-Control", "no-cache")
	hd.Set("ETag", h.pageETag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(h.page))
}

// csp returns the page's Content-Security-Policy. Styles need
// 'unsafe-inline' because GraphiQL's dependencies (react-remove-scroll)
// insert <style> elements; fonts and icons are data: URLs in GraphiQL's CSS.
func (h *handler) csp(r *http.Request) string {
	connect := "'self'"
	if h.wsSameHost && r.Host != "" && originPart.MatchString(r.Host) {
		// CSP3 browsers already let 'self' cover same-host ws(s); older
		// ones need it spelled out.
		connect += " ws://" + r.Host + " wss://" + r.Host
	}
	if h.connectSrc != "" {
		connect += " " + h.connectSrc
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'",
		"font-src 'self' data:",
		"img-src 'self' data:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'self'",
	}, "; ")
}

func serveAsset(w http.ResponseWriter, r *http.Request, name string) {
	a, ok := loadAssets()[name]
	if !ok {
		http.NotFound(w, r)
		return
	}
	hd := w.Header()
	hd.Set("Content-Type", a.contentType)
	hd.Set("X-Content-Type-Options", "nosniff")
	// Page URLs carry ?v=<content hash>, so a cached copy is never stale.
	hd.Set("Cache-Control", "public, max-age=31536000, immutable")
	data, etag := a.data, a.etag
	if gz := a.gzipData(); gz != nil {
		hd.Add("Vary", "Accept-Encoding")
		if acceptsGzip(r) {
			data = gz
			etag = strings.TrimSuffix(etag, `"`) + `-gzip"`
			hd.Set("Content-Encoding", "gzip")
		}
	}
	hd.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// acceptsGzip reports whether the request's Accept-Encoding allows gzip.
func acceptsGzip(r *http.Request) bool {
	for _, v := range r.Header.Values("Accept-Encoding") {
		for _, part := range strings.Split(v, ",") {
			coding, params, _ := strings.Cut(strings.TrimSpace(part), ";")
			coding = strings.TrimSpace(coding)
			if !strings.EqualFold(coding, "gzip") && coding != "*" {
				continue
			}
			q := strings.ReplaceAll(strings.TrimSpace(params), " ", "")
			if q == "q=0" || q == "q=0.0" || q == "q=0.00" || q == "q=0.000" {
				return false
			}
			return true
		}
	}
	return false
}
