package eval

import (
	"testing"
)

// floor is what one split and language must reach.
type floor struct {
	precision, recall, entityRecall float64
}

// The targets (relationship precision ≥ 0.7 and recall ≥ 0.6 per script, new-entity
// recall ≥ 0.8) hold on the dev texts. The held-out texts, never tuned on, do not reach the
// recall target yet: their floors are the measured values less a margin, so that a change that
// loses ground there fails (eval/RESULTS.md has the numbers). The seed article is an
// interview read with no known entity: a floor against regressions only.
var floors = map[[2]string]floor{
	// dev/*-e* probe name, figure and date classes; their relationship misses are cue gaps, so
	// relationship recall there sits below the older dev texts' (still above the 0.6).
	{"dev", "zh-Hans"}:     {0.9, 0.72, 0.85},
	{"dev", "zh-Hant"}:     {0.9, 0.72, 0.9},
	{"dev", "en"}:          {0.9, 0.65, 0.9},
	{"heldout", "zh-Hans"}: {0.8, 0.7, 0.75},
	{"heldout", "zh-Hant"}: {0.7, 0.55, 0.75},
	{"heldout", "en"}:      {0.6, 0.4, 0.9},
	// heldout2 was written blind by an annotator who never read the extractor (eval/heldout2/README.md):
	// the most honest estimate, and far below the targets. Regression floors only.
	{"heldout2", "zh-Hans"}: {0.45, 0.25, 0.6},
	{"heldout2", "zh-Hant"}: {0.3, 0.13, 0.7},
	{"heldout2", "en"}:      {0.55, 0.2, 0.75},
	{"seed", "zh-Hans"}:     {0.3, 0.08, 0},
}

func TestQualityFloors(t *testing.T) {
	cases, err := LoadAll("..")
	if err != nil {
		t.Fatal(err)
	}
	rep := Run(cases)
	for k, f := range floors {
		tot := rep.Total(k[0], k[1])
		if tot.Texts == 0 {
			t.Errorf("%s/%s: no texts", k[0], k[1])
			continue
		}
		if k[0] != "seed" && tot.Texts < 3 {
			t.Errorf("%s/%s: %d texts, want at least 3", k[0], k[1], tot.Texts)
		}
		if p := tot.Rel.Precision(); p < f.precision {
			t.Errorf("%s/%s: relationship precision %.2f < %.2f", k[0], k[1], p, f.precision)
		}
		if r := tot.Rel.Recall(); r < f.recall {
			t.Errorf("%s/%s: relationship recall %.2f < %.2f", k[0], k[1], r, f.recall)
		}
		if r := tot.Ent.Recall(); tot.Ent.Gold > 0 && r < f.entityRecall {
			t.Errorf("%s/%s: new-entity recall %.2f < %.2f", k[0], k[1], r, f.entityRecall)
		}
		if tot.SpansOK != tot.Spans {
			t.Errorf("%s/%s: %d of %d citations do not slice the text to their quote", k[0], k[1], tot.Spans-tot.SpansOK, tot.Spans)
		}
	}
}
