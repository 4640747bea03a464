package devdb

import (
	"context"
	"fmt"
	"hash/fnv"
	"os"
	"path/filepath"
	"time"
)

// The importer's JVM spends seconds of its start loading and verifying some 10,000 classes
// from the launcher's 200 jars. A class-data-sharing archive (JDK 13+'s dynamic CDS) holds
// them ready to map; it is built once per build of the launcher, by importing a two-node graph,
// and kept beside the jars. The JVM ignores an archive made for another class path (the jars'
// paths and times), so its name holds those: a moved checkout or a rebuilt launcher builds a
// new one rather than keep one the JVM would ignore.

// importerArchive returns the archive's path, building it first when there is none for the
// launcher's current jars.
func importerArchive(ctx context.Context, java, target string, opts Options) (string, error) {
	jar, err := os.Stat(filepath.Join(target, "devdb.jar"))
	if err != nil {
		return "", err
	}
	h := fnv.New64a()
	// The training's kind: archives made before unsignJars held no signed jar's classes, before
	// actual ids trained other id types, and before the --add-opens another page swapper.
	fmt.Fprintf(h, "%s\x00%d\x00unsigned,actual,opens", target, jar.ModTime().UnixNano())
	archive := filepath.Join(target, fmt.Sprintf("importer-%016x.jsa", h.Sum64()))
	if _, err := os.Stat(archive); err == nil {
		return archive, nil
	}
	old, _ := filepath.Glob(filepath.Join(target, "importer-*.jsa"))
	for _, f := range old {
		os.Remove(f)
	}
	// Before the training run: the archive records the jars as they are then.
	if _, err := unsignJars(filepath.Join(target, "lib")); err != nil {
		return "", err
	}
	work, err := os.MkdirTemp("", "hkgraph-importer-archive-")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(work)
	nodes, rels := filepath.Join(work, "nodes.csv"), filepath.Join(work, "rels.csv")
	// The same column kinds and options as a real import, so that the same classes load.
	files := map[string]string{
		nodes: ":ID,:LABEL,id:string,name:string,aliases:string[],founded:long,public:boolean\n" +
			"0,Organization,\"a\",\"A\",\"x\x1fy\",1999,true\n1,Person,\"b\",\"B\",\"\",,false\n",
		rels: ":START_ID,:END_ID,:TYPE,amount:double,note:string\n0,1,LINKS,1.5,\"line\nbreak\"\n",
	}
	for path, text := range files {
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return "", err
		}
	}
	// Written under another name and renamed when complete: a concurrent import sees no half.
	tmp := fmt.Sprintf("%s.%d.tmp", archive, os.Getpid())
	jvm := append(importerJVM[:len(importerJVM):len(importerJVM)], "-XX:ArchiveClassesAtExit="+tmp)
	quiet := Options{Logger: opts.Logger}
	cmd, tail, err := importerCommand(ctx, java, target, jvm, filepath.Join(work, "home"), work, quiet,
		[]string{"--nodes=Entity=" + nodes, "--relationships=" + rels, "--id-type=actual", "--array-delimiter=U+001F",
			"--multiline-fields-format=v2", "--multiline-fields=" + rels, "neo4j"})
	if err != nil {
		return "", err
	}
	opts.logger().Info("building a class archive for Neo4j's offline importer (once per build of the launcher)")
	start := time.Now()
	if err := cmd.Run(); err != nil {
		os.Remove(tmp)
		return "", fmt.Errorf("devdb: the importer's training run failed (%v):\n%s", err, tail)
	}
	if err := os.Rename(tmp, archive); err != nil {
		os.Remove(tmp)
		return "", err
	}
	opts.logger().Info("built the importer's class archive", "archive", archive, "seconds", time.Since(start).Seconds())
	return archive, nil
}
