package bench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"regexp"
	"strconv"
	"strings"
)

// offlineImport is what `hkgraph import --offline` reported, in seconds.
type offlineImport struct {
	rps                                                    float64 // records ÷ importer
	records                                                int
	importer, cpu, validation, csv, neo4jStart, migrations float64 // seconds; cpu: the importer's
}

var offlineLine = regexp.MustCompile(`imported offline (\d+) documents, (\d+) entities, (\d+) relationships .* in ([0-9.]+)s \(([0-9.]+) records/s, its JVM start included; ([0-9.]+)s of CPU\); beside it: validation ([0-9.]+)s, CSV files ([0-9.]+)s, Neo4j start ([0-9.]+)s, .*index builds ([0-9.]+)s`)

// hkgraphImportOffline runs `hkgraph import --offline` on files into a new local database in
// dataDir (NEO4J_URI unset: the command refuses a remote Neo4j) and returns what it reported.
func hkgraphImportOffline(ctx context.Context, hkBin, repo, dataDir string, files []string) (offlineImport, error) {
	imp := exec.CommandContext(ctx, hkBin, append([]string{"import", "--offline"}, files...)...)
	imp.Dir = repo // where the local Neo4j's launcher is found
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "NEO4J_URI=") && !strings.HasPrefix(kv, "HKGRAPH_DATA_DIR=") {
			imp.Env = append(imp.Env, kv)
		}
	}
	imp.Env = append(imp.Env, "HKGRAPH_DATA_DIR="+dataDir, "HKGRAPH_LOG_LEVEL=warn")
	out, err := imp.CombinedOutput()
	if err != nil {
		return offlineImport{}, fmt.Errorf("hkgraph import --offline: %v\n%s", err, out)
	}
	return parseOfflineImport(string(out))
}

func parseOfflineImport(out string) (offlineImport, error) {
	mm := offlineLine.FindStringSubmatch(out)
	if mm == nil {
		return offlineImport{}, errors.New("hkgraph import --offline printed no summary:\n" + out)
	}
	n := make([]float64, len(mm))
	for i := 1; i < len(mm); i++ {
		n[i], _ = strconv.ParseFloat(mm[i], 64)
	}
	return offlineImport{records: int(n[1] + n[2] + n[3]), importer: n[4], rps: n[5], cpu: n[6], validation: n[7], csv: n[8],
		neo4jStart: n[9], migrations: n[10]}, nil
}
