package extract

import "testing"

// Each bullet line of a list joined to the sentence that opens it states its own facts, with
// its own first name as the subject. Invented text.
func TestBulletLineSubjects(t *testing.T) {
	text := "The Smart Harbour Fund approved four projects. Projects approved in this round include:\n- a drone inspection system by Skyline Robotics Limited, working with Harbour Port Holdings;\n- a port digital twin by Portwise Limited, working with Seaview Terminals Limited.\n"
	checkRelCases(t, []relCase{
		{"en", text, []string{"PARTNERED_WITH Skyline Robotics Limited > Harbour Port Holdings", "PARTNERED_WITH Portwise Limited > Seaview Terminals Limited",
			"FUNDS Smart Harbour Fund > Skyline Robotics Limited", "FUNDS Smart Harbour Fund > Portwise Limited"}},
	}, nil)
	checkRelAbsent(t, []relCase{{"en", text, []string{"PARTNERED_WITH Skyline Robotics Limited > Seaview Terminals Limited"}}})
}
