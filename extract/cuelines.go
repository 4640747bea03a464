package extract

import (
	"iter"
	"strings"
)

// cueLines yields the entries of an embedded cue list (cues/*.tsv): its lines that are neither
// blank nor a # comment. Each list's reader splits the fields itself.
func cueLines(tsv string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for line := range strings.SplitSeq(tsv, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			if !yield(line) {
				return
			}
		}
	}
}
