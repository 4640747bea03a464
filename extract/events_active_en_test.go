package extract

import "testing"

// Events in the active voice and prizes won at a contest: "X organised the Y Summit", "hosted
// the", "won the Grand Award at the Z Awards", "was named … at the", "one of the winners of".
// Only an event fills the object: "organised in Shenzhen" names none. Invented sentences.
func TestActiveEventsAndPrizesEn(t *testing.T) {
	checkEnCases(t, []enCase{
		{"The Hong Kong Productivity Council organised the Smart Manufacturing Summit in Wan Chai.",
			[]string{"ORGANIZED Hong Kong Productivity Council > Smart Manufacturing Summit"}, nil},
		{"Cyberport will host the Asia Robotics Forum in October.", []string{"ORGANIZED Cyberport > Asia Robotics Forum"}, nil},
		{"Orbix Labs won the Grand Award at the Hong Kong ICT Awards 2025.", []string{"SELECTED_FOR Orbix Labs > Hong Kong ICT Awards"}, nil},
		{"Orbix Labs was named Start-up of the Year at the Asia Fintech Awards.", []string{"SELECTED_FOR Orbix Labs > Asia Fintech Awards"}, nil},
		{"Orbix Labs was one of the winners of the Hong Kong ICT Awards 2025.", []string{"SELECTED_FOR Orbix Labs > Hong Kong ICT Awards"}, nil},
		// No event after "the": nothing organised.
		{"Orbix Labs organised the logistics for Nimbus Robotics Limited.", nil, []string{"ORGANIZED Orbix Labs > Nimbus Robotics Limited"}},
		{"Mary Tam was named chief executive at the annual meeting of Orbix Labs.", nil, []string{"SELECTED_FOR Mary Tam > Orbix Labs"}},
	})
}
