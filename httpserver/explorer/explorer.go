// Package explorer serves the graph explorer: a TypeScript app (web/, built with Vite into
// dist/) that draws hkgraph as a network using only the public GraphQL API. The built files
// are committed and embedded, so the binary needs no Node at run time and `go build` none at
// build time; `make explorer` rebuilds dist/ and `make test` fails when it is stale.
//
// Mount it under a path ending in a slash; the page refers to its assets relatively:
//
//	mux.Handle("/explore/", http.StripPrefix("/explore", explorer.Handler()))
//
// It answers "/" (the page, whose state lives in the query string) and "/assets/NAME" (the
// content-hashed scripts and styles, cached for good); everything else is 404.
package explorer

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"github.com/hkgraph/hkgraph/httpserver/persisted"
)

//go:embed dist
var dist embed.FS

type file struct {
	data, gz    []byte // gz is nil when compression does not pay
	contentType string
	etag        string
}

// files are the embedded build, keyed by path relative to dist ("index.html", "assets/x.js").
var files = load()

func load() map[string]*file {
	out := map[string]*file{}
	err := fs.WalkDir(dist, "dist", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := dist.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(data)
		f := &file{data: data, etag: `"` + hex.EncodeToString(sum[:16]) + `"`, contentType: mime.TypeByExtension(path.Ext(p))}
		if f.contentType == "" {
			f.contentType = "application/octet-stream"
		}
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		_, _ = zw.Write(data)
		if zw.Close() == nil && buf.Len() < len(data)*9/10 {
			f.gz = buf.Bytes()
		}
		out[strings.TrimPrefix(p, "dist/")] = f
		return nil
	})
	if err != nil {
		panic("explorer: reading the embedded build: " + err.Error())
	}
	return out
}

// documents is the explorer's persisted-documents manifest, which GraphQL Code Generator writes
// from web/src/operations beside the typed documents and Vite copies into dist.
var documents = sync.OnceValues(func() (persisted.Manifest, error) {
	f := files[manifestName]
	if f == nil {
		return nil, fmt.Errorf("explorer: the build has no %s", manifestName)
	}
	return persisted.Parse(f.data, "the explorer's "+manifestName, nil)
})

const manifestName = "persisted-documents.json"

// Documents are every GraphQL document the explorer sends, keyed by sha256 as a trusted-documents
// manifest (HKGRAPH_TRUSTED_DOCUMENTS) is: a server in that mode adds them, so the explorer it
// serves works without a hand-kept list.
func Documents() (persisted.Manifest, error) { return documents() }

// Handler serves the explorer.
func Handler() http.Handler { return http.HandlerFunc(serve) }

func serve(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	name := ""
	switch p := r.URL.Path; {
	case p == "/" || p == "":
		name = "index.html"
	case strings.HasPrefix(p, "/assets/") && !strings.Contains(p, ".."):
		name = strings.TrimPrefix(p, "/")
	}
	f := files[name]
	if f == nil {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", f.contentType)
	h.Set("X-Content-Type-Options", "nosniff")
	if name == "index.html" {
		h.Set("Cache-Control", "no-cache")
		h.Set("Content-Security-Policy", csp(r))
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "SAMEORIGIN")
	} else {
		// Vite puts a content hash in every asset's name: a cached copy is never stale.
		h.Set("Cache-Control", "public, max-age=31536000, immutable")
	}
	data, etag := f.data, f.etag
	if f.gz != nil {
		h.Add("Vary", "Accept-Encoding")
		if strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
			data, etag = f.gz, strings.TrimSuffix(etag, `"`)+`-gzip"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(data))
}

// csp allows the page its own scripts and styles, the API on its own origin (HTTP and the
// subscription WebSocket) and images it draws itself (the PNG export); nothing from elsewhere.
func csp(r *http.Request) string {
	connect := "'self'"
	if host := r.Host; host != "" && !strings.ContainsAny(host, " ;'\"") {
		connect += " ws://" + host + " wss://" + host
	}
	return strings.Join([]string{
		"default-src 'none'",
		"script-src 'self'",
		"style-src 'self' 'unsafe-inline'", // cytoscape adds a <style> element for its container
		"img-src 'self' data: blob:",
		"connect-src " + connect,
		"base-uri 'none'",
		"form-action 'none'",
		"frame-ancestors 'self'",
	}, "; ")
}
