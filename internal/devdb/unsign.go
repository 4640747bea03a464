package devdb

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
)

// A class-data-sharing archive holds no class from a signed jar: the JVM loads those from
// the jar, checking every class's digest against the signature on the way (eclipse-collections,
// the importer's collections, is signed: a second of the importer's start on a shared 2-core
// machine). The launcher runs its jars from its own build directory, not for distribution, so
// unsignJars rewrites them without their signature: the same classes, archived like the rest.

// unsignJars rewrites each signed jar in lib without its signature files and without the
// manifest's per-entry digests (only the main section stays). It reports whether it changed any.
func unsignJars(lib string) (bool, error) {
	jars, err := filepath.Glob(filepath.Join(lib, "*.jar"))
	if err != nil {
		return false, err
	}
	changed := false
	for _, jar := range jars {
		did, err := unsignJar(jar)
		if err != nil {
			return changed, fmt.Errorf("devdb: removing the signature of %s: %w", jar, err)
		}
		changed = changed || did
	}
	return changed, nil
}

// signatureFile reports whether name is a jar signature's file (META-INF/*.SF, .RSA, .DSA, .EC).
func signatureFile(name string) bool {
	dir, base := filepath.Split(name)
	if dir != "META-INF/" {
		return false
	}
	switch strings.ToUpper(filepath.Ext(base)) {
	case ".SF", ".RSA", ".DSA", ".EC":
		return true
	}
	return false
}

func unsignJar(jar string) (bool, error) {
	r, err := zip.OpenReader(jar)
	if err != nil {
		return false, err
	}
	defer r.Close()
	signed := false
	for _, f := range r.File {
		signed = signed || signatureFile(f.Name)
	}
	if !signed {
		return false, nil
	}
	// Written beside the jar and renamed over it: a JVM that has the old one open keeps it.
	tmp, err := os.CreateTemp(filepath.Dir(jar), ".unsign-*.jar")
	if err != nil {
		return false, err
	}
	defer os.Remove(tmp.Name())
	w := zip.NewWriter(tmp)
	for _, f := range r.File {
		if signatureFile(f.Name) {
			continue
		}
		if f.Name == "META-INF/MANIFEST.MF" {
			if err := copyMainManifest(w, f); err != nil {
				return false, err
			}
			continue
		}
		if f.FileInfo().IsDir() { // written anew: Go's writer takes no data, not even an empty stream
			if _, err := w.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Store, Modified: f.Modified}); err != nil {
				return false, err
			}
			continue
		}
		dst, err := w.CreateRaw(&f.FileHeader)
		if err != nil {
			return false, err
		}
		src, err := f.OpenRaw()
		if err != nil {
			return false, err
		}
		if _, err := io.Copy(dst, src); err != nil {
			return false, err
		}
	}
	if err := w.Close(); err != nil {
		return false, err
	}
	if err := tmp.Close(); err != nil {
		return false, err
	}
	return true, os.Rename(tmp.Name(), jar)
}

// copyMainManifest writes the manifest's main section: the per-entry sections that follow
// it hold the digests the signature covered, which the JVM would otherwise still parse.
func copyMainManifest(w *zip.Writer, f *zip.File) error {
	rc, err := f.Open()
	if err != nil {
		return err
	}
	text, err := io.ReadAll(rc)
	rc.Close()
	if err != nil {
		return err
	}
	text = bytes.ReplaceAll(text, []byte("\r\n"), []byte("\n"))
	if i := bytes.Index(text, []byte("\n\n")); i >= 0 {
		text = text[:i+1]
	}
	dst, err := w.CreateHeader(&zip.FileHeader{Name: f.Name, Method: zip.Deflate, Modified: f.Modified})
	if err != nil {
		return err
	}
	_, err = dst.Write(text)
	return err
}
