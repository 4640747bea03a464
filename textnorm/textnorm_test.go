package textnorm

import "testing"

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"數碼港", "数码港"},
		{"数码港", "数码港"},
		{"Cyberport", "cyberport"},
		{"ＣＹＢＥＲＰＯＲＴ", "cyberport"},
		{"  Hong   Kong ", "hong kong"},
		{"港投公司", "港投公司"},
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
