package textnorm

import (
	"slices"
	"testing"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"數碼港", "数码港"},
		{"数码港", "数码港"},
		{"Cyberport", "cyberport"},
		{"ＣＹＢＥＲＰＯＲＴ", "cyberport"},
		{"  Hong   Kong ", "hong kong"},
		{"港投公司", "港投公司"},
		// Hong Kong standard forms t2s keeps: 衞生署 is 衛生署 is 卫生署.
		{"衞生署", "卫生署"},
		{"衛生署", "卫生署"},
		{"醫務衞生局", "医务卫生局"},
		{"工作枱", "工作台"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestConvert(t *testing.T) {
	if got := ToTraditional("香港数码港"); got != "香港數碼港" {
		t.Errorf("ToTraditional = %q", got)
	}
	if got := ToSimplified("資科辦"); got != "资科办" {
		t.Errorf("ToSimplified = %q", got)
	}
	if HasHan("Cyberport") || !HasHan("数码港 Cyberport") {
		t.Error("HasHan wrong")
	}
}

// ToSimplified and ToTraditional skip OpenCC for text below the CJK blocks (belowCJK): OpenCC
// itself leaves every such rune, alone and among others, as it is.
func TestOpenCCLeavesTextBelowCJK(t *testing.T) {
	t2s, s2hk := converters()
	var all []rune
	for r := rune(1); r < 0x2E80; r++ {
		if r < 0xD800 || r > 0xDFFF {
			all = append(all, r)
		}
	}
	for part := range slices.Chunk(all, 500) {
		in := string(part)
		for name, c := range map[string]interface{ Convert(string) (string, error) }{"t2s": t2s, "s2hk": s2hk} {
			if out, err := c.Convert(in); err != nil || out != in {
				t.Errorf("%s changed text of runes U+%04X…U+%04X (or failed: %v)", name, part[0], part[len(part)-1], err)
			}
		}
	}
	if !belowCJK("Hong Kong Cyberport — Café №1") || belowCJK("數碼港") || belowCJK("\U00030EDD") || belowCJK("\u2E80") {
		t.Error("belowCJK misjudges text")
	}
	if got := ToSimplified("Cyberport 數碼港"); got != "Cyberport 数码港" {
		t.Errorf("ToSimplified of mixed text = %q", got)
	}
}
