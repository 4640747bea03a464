// Package textnorm converts between Simplified and Traditional Chinese (OpenCC, through
// github.com/longbridgeapp/opencc) and folds text for matching: the same name written in
// Simplified, Traditional, full-width or another letter case folds to one key.
package textnorm

import (
	"strings"
	"sync"
	"unicode"

	"github.com/longbridgeapp/opencc"
	"golang.org/x/text/width"
)

var (
	once      sync.Once
	t2s, s2hk *opencc.OpenCC
	errInit   error
)

func converters() (*opencc.OpenCC, *opencc.OpenCC) {
	once.Do(func() {
		if t2s, errInit = opencc.New("t2s"); errInit != nil {
			return
		}
		s2hk, errInit = opencc.New("s2hk")
	})
	if errInit != nil {
		// The dictionaries are embedded in the binary; failing to load them is a build defect.
		panic("textnorm: loading OpenCC dictionaries: " + errInit.Error())
	}
	return t2s, s2hk
}

// belowCJK reports whether every rune of s is below U+2E80, where the CJK blocks begin. No
// key of OpenCC's dictionaries is made of such runes alone (all 60,428 of v0.3.13's, and
// TestOpenCCLeavesTextBelowCJK), so such text converts to itself: English names skip the
// converter, a fifth of the validation of an import of a million records.
func belowCJK(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 {
			return false
		}
	}
	return true
}

// ToSimplified converts Traditional Chinese to Simplified; other text passes through.
func ToSimplified(s string) string {
	if belowCJK(s) {
		return s
	}
	c, _ := converters()
	out, err := c.Convert(s)
	if err != nil {
		return s
	}
	return foldHKVariants(out)
}

// ToTraditional converts Simplified Chinese to Traditional as written in Hong Kong.
func ToTraditional(s string) string {
	if belowCJK(s) {
		return s
	}
	_, c := converters()
	out, err := c.Convert(s)
	if err != nil {
		return s
	}
	return out
}

// Fold is the matching key of s: half-width, Simplified, lower case, spaces collapsed.
func Fold(s string) string {
	return strings.Join(strings.Fields(strings.ToLower(ToSimplified(width.Fold.String(s)))), " ")
}

// HasHan reports whether s contains a Chinese character.
func HasHan(s string) bool {
	for _, r := range s {
		if r >= 0x3400 && r <= 0x9FFF || r >= 0xF900 && r <= 0xFAFF || r >= 0x20000 && r <= 0x2FA1F {
			return true
		}
	}
	return false
}

// FoldAligned folds s rune by rune (half-width, lower case, Simplified), keeping one output
// rune per input rune so that offsets into the result are offsets into s.
func FoldAligned(s string) []rune {
	in := []rune(width.Fold.String(s))
	if len(in) != len([]rune(s)) { // width folding never changes the count, but be sure
		in = []rune(s)
	}
	for i, r := range in {
		in[i] = unicode.ToLower(r)
	}
	// Whole-text conversion handles phrases; when it changes the length, convert rune by rune.
	if conv := []rune(ToSimplified(string(in))); len(conv) == len(in) {
		return conv
	}
	for i, r := range in {
		if c := []rune(ToSimplified(string(r))); len(c) == 1 {
			in[i] = c[0]
		}
	}
	return in
}
