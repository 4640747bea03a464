package extract

import (
	"strings"

	"github.com/mozillazg/go-pinyin"
)

var pinyinArgs = pinyin.NewArgs() // plain syllables, no tones

// slug proposes an id for a name: lower-case ASCII words joined by '-', Chinese characters
// spelled in pinyin (数码港 → shu-ma-gang).
func slug(name string) string {
	var parts []string
	var word strings.Builder
	flush := func() {
		if word.Len() > 0 {
			parts = append(parts, word.String())
			word.Reset()
		}
	}
	for _, r := range name {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			word.WriteRune(r)
		case r >= 'A' && r <= 'Z':
			word.WriteRune(r + 'a' - 'A')
		case isHan(r):
			flush()
			if py := pinyin.SinglePinyin(r, pinyinArgs); len(py) > 0 {
				parts = append(parts, py[0])
			}
		default:
			flush()
		}
	}
	flush()
	s := strings.Join(parts, "-")
	if len(s) > 60 {
		s = strings.TrimRight(s[:60], "-")
	}
	return s
}
