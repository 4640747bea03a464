package eval

import (
	"testing"
)

// floor is what one split and language must reach.
type floor struct {
	precision, recall, entityRecall float64
}

// The targets (relationship precision ≥ 0.7 and recall ≥ 0.6 per script, new-entity
// recall ≥ 0.8) hold on the dev and study texts; heldout5 (a study set from
// 2026-12-02) and heldout6 (a study set from round seven) do not reach the recall target yet.
// heldout12 and heldout13, the blind sets, have no floor: nobody tunes against them (eval/README.md). Floors are the measured values less a margin, so that
// a change that loses ground fails. The seed article is an
// interview read with no known entity: a floor against regressions only.
var floors = map[[2]string]floor{
	// dev/*-e* probe name, figure and date classes (measured 2026-12-02: P 0.95–0.98, R 0.86–0.91).
	{"dev", "zh-Hans"}:     {0.9, 0.85, 0.9},
	{"dev", "zh-Hant"}:     {0.9, 0.82, 0.9},
	{"dev", "en"}:          {0.94, 0.9, 0.95},
	{"heldout", "zh-Hans"}: {0.8, 0.7, 0.75},
	{"heldout", "zh-Hant"}: {0.7, 0.55, 0.75},
	{"heldout", "en"}:      {0.6, 0.4, 0.9},
	// heldout2, heldout3 and heldout4 were written blind by annotators who never read the
	// extractor (their READMEs) and measured blind (heldout2 P 0.53 R 0.25, heldout3 P 0.50
	// R 0.18, heldout4 P 0.76 R 0.45); since then they are study sets whose misses rules were
	// written for. Floors: the study-set values of 2026-12-02 less a margin, so that a
	// regression fails.
	{"heldout2", "zh-Hans"}: {0.9, 0.88, 0.95},
	{"heldout2", "zh-Hant"}: {0.9, 0.72, 0.95},
	{"heldout2", "en"}:      {0.9, 0.9, 0.95},
	{"heldout3", "zh-Hans"}: {0.9, 0.74, 0.9},
	{"heldout3", "zh-Hant"}: {0.85, 0.75, 0.9},
	{"heldout3", "en"}:      {0.93, 0.78, 0.95},
	{"heldout4", "zh-Hans"}: {0.88, 0.83, 0.93},
	{"heldout4", "zh-Hant"}: {0.9, 0.88, 0.95},
	{"heldout4", "en"}:      {0.9, 0.8, 0.93},
	// heldout5 was blind until round four (P 0.73 R 0.41); from 2026-12-02 (b17x14) a study set.
	// Floors: its values after b17x14 less about 0.05.
	// Raised after rounds ten to twelve (2026-12-03): their values less about 0.05.
	{"heldout5", "zh-Hans"}: {0.82, 0.64, 0.93},
	{"heldout5", "zh-Hant"}: {0.8, 0.72, 0.92},
	{"heldout5", "en"}:      {0.9, 0.68, 0.93},
	// heldout6 was blind until round six (P 0.65 R 0.32); round seven (2026-12-02 evening) studied
	// it. Floors: its values after round seven less about 0.05.
	// Studied again by rounds ten to twelve (2026-12-03); floors raised to their values then less about 0.05.
	{"heldout6", "zh-Hans"}: {0.9, 0.62, 0.9},
	{"heldout6", "zh-Hant"}: {0.9, 0.76, 0.9},
	{"heldout6", "en"}:      {0.95, 0.76, 0.94},
	// heldout7 was blind until round twelve (P 0.73 R 0.46); round thirteen (2026-12-03) studied
	// it. Floors: its values after round thirteen less about 0.05.
	{"heldout7", "zh-Hans"}: {0.8, 0.53, 0.8},
	{"heldout7", "zh-Hant"}: {0.7, 0.42, 0.85},
	{"heldout7", "en"}:      {0.87, 0.6, 0.88},
	// heldout8 was blind until round thirteen (P 0.82 R 0.48); round fourteen (2026-12-03
	// afternoon) studied it. Floors: its values after round fourteen less about 0.05.
	{"heldout8", "zh-Hans"}: {0.92, 0.8, 0.93},
	{"heldout8", "zh-Hant"}: {0.87, 0.85, 0.95},
	{"heldout8", "en"}:      {0.95, 0.79, 0.94},
	// study1 and study2 were written to be read (2026-12-03); round fifteen studied them (before
	// it: P 0.74 R 0.50 and P 0.77 R 0.55). Floors: their values after it less about 0.05.
	{"study1", "zh-Hans"}: {0.72, 0.55, 0.8},
	{"study1", "zh-Hant"}: {0.76, 0.51, 0.79},
	{"study1", "en"}:      {0.88, 0.6, 0.91},
	{"study2", "zh-Hans"}: {0.83, 0.67, 0.92},
	{"study2", "zh-Hant"}: {0.91, 0.81, 0.89},
	{"study2", "en"}:      {0.84, 0.64, 0.92},
	// heldout9 was blind until round sixteen (P 0.71 R 0.44); round seventeen (2026-12-03
	// evening) studied it. Floors: its values after round seventeen less about 0.05.
	{"heldout9", "zh-Hans"}: {0.88, 0.72, 0.93},
	{"heldout9", "zh-Hant"}: {0.91, 0.5, 0.9},
	{"heldout9", "en"}:      {0.89, 0.65, 0.93},
	// heldout10 was blind from round fourteen to round seventeen (last: P 0.76 R 0.51); round
	// eighteen (2026-12-03, night) studied it (to P 0.95 R 0.71). Floors: its values after the
	// round less about 0.05.
	{"heldout10", "zh-Hans"}: {0.87, 0.68, 0.8},
	{"heldout10", "zh-Hant"}: {0.93, 0.72, 0.91},
	{"heldout10", "en"}:      {0.9, 0.6, 0.84},
	// heldout11 was blind from round seventeen to round eighteen (last: P 0.70 R 0.48); round
	// nineteen (2026-12-03, late night) studied it (to P 0.96 R 0.76). Floors: its values after
	// the round less about 0.05.
	{"heldout11", "zh-Hans"}: {0.89, 0.67, 0.91},
	{"heldout11", "zh-Hant"}: {0.88, 0.67, 0.9},
	{"heldout11", "en"}:      {0.95, 0.79, 0.95},
	// val1 and val2 are validation sets (scored by totals, never read); floors at their values
	// after round seventeen less about 0.05 keep a later round from losing what they measure.
	{"val1", "zh-Hans"}: {0.73, 0.58, 0.76},
	{"val1", "zh-Hant"}: {0.87, 0.61, 0.86},
	{"val1", "en"}:      {0.76, 0.42, 0.92},
	{"val2", "zh-Hans"}: {0.62, 0.51, 0.8},
	{"val2", "zh-Hant"}: {0.53, 0.39, 0.85},
	{"val2", "en"}:      {0.82, 0.49, 0.85},
	{"seed", "zh-Hans"}: {0.3, 0.08, 0},
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
