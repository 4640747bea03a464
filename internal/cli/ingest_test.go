package cli

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/hkgraph/hkgraph/internal/testdb"
)

// hkgraph ingest prints the mentions and the proposals by kind; the same file again proposes
// nothing new; --no-propose reads none; a bad flag stores nothing and names the flag.
func TestIngestPrintsProposals(t *testing.T) {
	testdb.Wipe(t, testdb.Driver(t))
	a := testApp(t)
	run(t, a, "seed")
	dir := t.TempDir()
	file := filepath.Join(dir, "article.txt")
	text := "香港初創企業「星河量子科技有限公司」今日宣佈完成5,000萬港元A輪融資，由港投公司領投。公司於2021年入選數碼港培育計劃。"
	if err := os.WriteFile(file, []byte(text), 0o600); err != nil {
		t.Fatal(err)
	}
	ingest := func(args ...string) (string, error) {
		var out bytes.Buffer
		a.Stdout = &out
		err := a.Run(context.Background(), append([]string{"ingest", file, "--title", "星河量子完成A輪融資", "--lang", "zh-Hant"}, args...))
		return out.String(), err
	}
	if _, err := ingest("--published", "2024年11月"); err == nil || !strings.Contains(Describe(err), "--published") {
		t.Fatalf("bad --published: %v", err)
	}
	out, err := ingest("--published", "2024-11-20")
	if err != nil {
		t.Fatal(err)
	}
	summary := regexp.MustCompile(`proposals: (\d+) \((\d+) entity, (\d+) relationship, (\d+) figure\), (\d+) new`).FindStringSubmatch(out)
	if !strings.Contains(out, "mentions of") || summary == nil || summary[1] == "0" || summary[1] != summary[5] || summary[3] == "0" {
		t.Fatalf("summary:\n%s", out)
	}
	again, err := ingest("--published", "2024-11-20")
	if err != nil || !strings.Contains(again, "proposals: "+summary[1]+" ") || !strings.HasSuffix(strings.Split(again, "\n")[1], ", 0 new") {
		t.Errorf("again (%v):\n%s", err, again)
	}
	if err := os.WriteFile(file, []byte(text+"另一段。"), 0o600); err != nil {
		t.Fatal(err)
	}
	plain, err := ingest("--no-propose")
	if err != nil || !strings.Contains(plain, "proposals: none read (--no-propose)") {
		t.Errorf("--no-propose (%v):\n%s", err, plain)
	}
}
