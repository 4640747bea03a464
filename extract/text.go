package extract

import (
	"iter"
	"strings"

	"github.com/hkgraph/hkgraph/textnorm"
)

// maxSpan is the citation cap: no proposal quotes more than this many code points.
const maxSpan = 300

// doc is the text being read: its code points, and the same folded (Simplified, lower case,
// half-width) one rune per rune so that offsets in one are offsets in the other.
type doc struct {
	runes  []rune
	folded []rune
	// orig is the text as given when curlQuotes changed runes (else nil): quotes slice it.
	orig  []rune
	lang  string
	sents []span
	// cueCache keeps each sentence's cues: names and relationships both read them.
	cueCache map[span][]cueHit
	keys     map[string]string // candidate keys by name: folding runs OpenCC, so once per name
	// negStarts[p] is the latest start of a Chinese negation word that ends at or before p
	// (-1 for none), built once: negatedCue asks it for every cue of a clause.
	negStarts []int
	negFrom   []int          // negationClauseStart's table
	enNeg     *negationTable // English negation words (negatedCue), built once
	quotes    *quoteMarkTable
	// breaks[p] counts the Chinese clause breaks before p (crossesClause), built once.
	breaks []int
	verbs  map[span]*reportVerbTable // each sentence's report verbs (speakerCompany)
	// clauseStarts[p] is where the clause holding p starts (zhClauseStart), built once.
	clauseStarts []int
	including    []int            // nextIncluding's table
	counted      []int            // countedGroupInClause's table
	commas, ands []int            // commasIn's and containsAnd's prefix counts
	financing    map[span]bool    // aboutFinancing's answers
	wordStarts   map[string][]int // hasWordIn's tables
	sentTexts    []string         // sentenceText's answers, built on the first question
	headBreak    int              // inHeadline's first line break after text (0: not found yet, -1: none)
}

type span struct{ start, end int }

func newDoc(in Input) *doc {
	d := &doc{runes: []rune(in.Text), lang: in.Language}
	d.folded = textnorm.FoldAligned(in.Text)
	if len(d.folded) != len(d.runes) { // FoldAligned keeps one rune per rune; be safe anyway
		d.folded = []rune(strings.ToLower(in.Text))
		if len(d.folded) != len(d.runes) {
			d.folded = append([]rune(nil), d.runes...)
		}
	}
	if d.lang != "en" {
		curlQuotes(d) // "灵枢机器人" reads as “灵枢机器人” (quotes_zh.go)
	}
	// Bullet lines continue their sentence: Chinese ones in the splitter, English ones
	// after a colon through mergeBulletLists.
	d.sents = mergeBulletLists(d.runes, splitSentences(d.runes, d.lang != "en"))
	if d.lang == "en" {
		d.sents = splitDatelines(d.runes, d.sents) // "HONG KONG--(BUSINESS WIRE)--Acme …" (datelines_en.go)
	}
	return d
}

func (d *doc) quote(s span) string {
	if d.orig != nil {
		return string(d.orig[s.start:s.end])
	}
	return string(d.runes[s.start:s.end])
}

// sentenceText is sentence si's folded text as a string, made once for every reader that
// searches sentences with strings or regular expressions (stakes, joint ventures, board seats,
// subscriptions), not once per reader.
func (d *doc) sentenceText(si int) string {
	if d.sentTexts == nil {
		d.sentTexts = make([]string, len(d.sents))
		for i, s := range d.sents {
			d.sentTexts[i] = string(d.folded[s.start:s.end])
		}
	}
	return d.sentTexts[si]
}

// sentenceOf returns the index of the sentence holding position i (-1 if none).
func (d *doc) sentenceOf(i int) int {
	lo, hi := 0, len(d.sents)-1
	for lo <= hi {
		mid := (lo + hi) / 2
		switch s := d.sents[mid]; {
		case i < s.start:
			hi = mid - 1
		case i >= s.end:
			lo = mid + 1
		default:
			return mid
		}
	}
	return -1
}

// abbreviations whose full stop does not end an English sentence.
var abbreviations = map[string]bool{
	"co": true, "ltd": true, "inc": true, "corp": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"prof": true, "jr": true, "sr": true, "st": true, "no": true, "vs": true, "u.s": true, "u.k": true,
	"e.g": true, "i.e": true, "mt": true, "bhd": true, "plc": true, "approx": true, "est": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true,
	"pte": true, "s.a": true, "l.p": true, "n.v": true, "b.v": true, "l.l.c": true, // Pte. Ltd., Banco Lumina S.A., Fund II, L.P.
}

// splitSentences cuts text into sentences: at 。！？；, at newlines, and at English . ! ? ;
// followed by a space or the end (not after an abbreviation, an initial or inside a number).
// Leading and trailing spaces are left out of each sentence.
func splitSentences(r []rune, keepBullets bool) []span {
	var out []span
	start := 0
	emit := func(end int) {
		s, e := start, end
		for s < e && isSpace(r[s]) {
			s++
		}
		for e > s && isSpace(r[e-1]) {
			e--
		}
		if e > s {
			out = append(out, span{s, e})
		}
		start = end
	}
	next := 0 // the first rune after the latest line break that is no white space
	for i := 0; i < len(r); i++ {
		c := r[i]
		switch c {
		case '。', '！', '？', '；', '\n', '\r':
			if keepBullets && (c == '\n' || c == '\r') {
				if next <= i { // bulletFollows(r, i), reading a run of blank lines once
					for next = i + 1; next < len(r) && isSpace(r[next]); next++ {
					}
				}
				if bulletOpensAt(r, next) {
					continue // a bullet line continues the list its sentence opens
				}
			}
			end := i + 1
			for end < len(r) && isCloser(r[end]) && c != '\n' && c != '\r' {
				end++ // 。」 closes the sentence; after a line break a quote opens the next one
			}
			emit(end)
			i = end - 1
		case '.', '!', '?', ';':
			// Chinese text often uses ASCII punctuation with no space after it ("…协议;同月,…").
			hanAfter := i+1 < len(r) && isHan(r[i+1]) && (i == 0 || !isDigit(r[i-1]))
			if i+1 < len(r) && !isSpace(r[i+1]) && !isCloser(r[i+1]) && !hanAfter {
				continue // 1.5, U.S., example.com
			}
			if c == '.' && isAbbreviation(r, i) {
				continue
			}
			end := i + 1
			for end < len(r) && isCloser(r[end]) {
				end++
			}
			emit(end)
			i = end - 1
		}
	}
	emit(len(r))
	return out
}

func isAbbreviation(r []rune, dot int) bool {
	j := dot
	for j > 0 && (isLatinLetter(r[j-1]) || r[j-1] == '.') {
		j--
	}
	w := strings.ToLower(string(r[j:dot]))
	if w == "" {
		return false
	}
	if len([]rune(w)) == 1 && r[j] >= 'A' && r[j] <= 'Z' {
		return true // an initial: "John F. Smith"
	}
	if initials(r[j:dot]) {
		return true // "J.P. Morgan advised …", "A.S. Watson Group"
	}
	if w == "no" && !(dot+2 < len(r) && isDigit(r[dot+2])) {
		return false // "No. 5" abbreviates number; "A: No. I did …" is the answer no
	}
	return abbreviations[w]
}

func isCloser(c rune) bool {
	return c == '」' || c == '』' || c == '”' || c == '’' || c == '"' || c == '\'' || c == '）' || c == ')'
}

func isSpace(c rune) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u3000' || c == '\u00a0'
}

func isLatinLetter(c rune) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isHan(c rune) bool {
	return c >= 0x3400 && c <= 0x9FFF || c >= 0xF900 && c <= 0xFAFF || c >= 0x20000 && c <= 0x2FA1F
}

func isDigit(c rune) bool { return c >= '0' && c <= '9' }

// lines yields the text's lines from rune from on, each as [start, end): end is its '\n' or
// the text's end.
func (d *doc) lines(from int) iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		for start := from; start < len(d.runes); {
			end := start
			for end < len(d.runes) && d.runes[end] != '\n' {
				end++
			}
			if !yield(start, end) {
				return
			}
			start = end + 1
		}
	}
}
