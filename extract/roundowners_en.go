package extract

import "regexp"

// English opens a sentence with the round as often as Chinese does: "X's US$20 million Series B
// was led by A", "X' seed round drew B", and so with its holders: "X's investors include A and
// B". The possessor owns the round (or is held), so it is the subject the round's cues read
// (firstSubject passes other possessors by: "X's parent said…").

// enOwnedRound matches what follows the owner: the possessive, up to three words of amount or
// kind ("latest", "US$20 million", "oversubscribed"), then the round or its holders.
var enOwnedRound = regexp.MustCompile(`^(?:'s|’s|'|’) (?:(?:latest|new|recent|first|second|third|oversubscribed|extended|fresh|existing|early|other|major|[a-z]*\$?[0-9][0-9.,]*(?:m|bn|mn)?|million|billion) ){0,3}(?:pre-series|series [a-e]\b|seed|pre-seed|angel|pre-ipo|funding|financing|fundraising|fundraise|round|investors|backers|shareholders)`)

// enRoundOwner reports whether the possessive at i opens a round the name before it owns.
func enRoundOwner(d *doc, i int) bool {
	return enOwnedRound.MatchString(string(d.folded[i:min(len(d.folded), i+60)]))
}
