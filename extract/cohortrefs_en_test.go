package extract

import "testing"

// TestCohortAfterProgramme: a programme named in one sentence and its intake listed in the next
// ("Its latest cohort includes A, B and C"); a company that expanded from one market into
// another targets the second, in a sentence that refers back to it.
func TestCohortAfterProgramme(t *testing.T) {
	checkRelCases(t, []relCase{
		{"en", "Harbourline launched the Maritime Tech Accelerator in 2023. Its latest cohort includes Berthwise, TideCell and PortLens.",
			[]string{"PARTICIPATED_IN Berthwise > Maritime Tech Accelerator", "PARTICIPATED_IN TideCell > Maritime Tech Accelerator", "PARTICIPATED_IN PortLens > Maritime Tech Accelerator"}},
		{"en", "The Science Park opened the Green Materials Incubation Programme last year. The second cohort comprises Lignova and Carbonyx.",
			[]string{"PARTICIPATED_IN Lignova > Green Materials Incubation Programme", "PARTICIPATED_IN Carbonyx > Green Materials Incubation Programme"}},
		{"en", "Sam Ho founded Loopwise in 2019. The startup expanded from Hong Kong routes into Malaysia last year.",
			[]string{"TARGETS_MARKET Loopwise > Malaysia"}},
	}, nil)
	checkRelAbsent(t, []relCase{
		// No programme named before: the cohort is nobody's.
		{"en", "Harbourline raised US$20 million. Its latest cohort includes Berthwise.", []string{"PARTICIPATED_IN Berthwise > Harbourline"}},
	})
}
