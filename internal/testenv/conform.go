package testenv

// ConformFixtures are the directories, in the module that Frameworks
// returns, of the fixtures that check routes against an OpenAPI
// document: one per router, each with its openapi.yaml named by the
// .httpstatus.yaml beside it and out of step with the code in each way,
// and two more: a Swagger 2.0 document (ginswaggerconform) and a
// catalog's base that mounts the document elsewhere than its server
// says (chibaseconform). The oapi*conform fixtures hold the servers
// that oapi-codegen generates for each router from one document
// (oapispec), each implemented out of step with it in the same ways.
// The analyzer's tests and the tests of `httpstatus routes` share them.
var ConformFixtures = []string{
	"chibaseconform",
	"chiconform",
	"chimwconform",
	"echoconform",
	"fiberconform",
	"ginconform",
	"ginswaggerconform",
	"gorillaconform",
	"oapichiconform",
	"oapiechoconform",
	"oapifiberconform",
	"oapiginconform",
	"oapigorillaconform",
	"oapistdconform",
	"oapistrictchiconform",
	"oapistrictstdconform",
}
