import { mergeOrganisationKeys, organisationCore, organisationInRun, organisationKey } from "../../src/extract/organisation.js";

describe("organisationKey", () => {
  it("drops generic corporate suffixes when a distinctive name remains", () => {
    expect(organisationKey("Norrhavn Robotics Group")).toBe("norrhavn robotics");
    expect(organisationKey("The Norrhavn Group")).toBe("norrhavn");
    expect(organisationKey("Norrhavn Holdings Ltd.")).toBe("norrhavn");
    expect(organisationKey("Kettle Foods, Inc.")).toBe("kettle foods");
    expect(organisationKey("Brisa S.A.")).toBe("brisa");
  });

  it("keeps a name whole when what would remain is generic or a country", () => {
    expect(organisationCore("National Group")).toBe("National Group");
    expect(organisationCore("China Group")).toBe("China Group");
    expect(organisationKey("International Holdings")).not.toBe("international");
  });

  it("keys institutions by their initials so an acronym matches", () => {
    expect(organisationKey("Northern Trade Council")).toBe("ntc");
    expect(organisationKey("NTC")).toBe("ntc");
  });
});

describe("mergeOrganisationKeys", () => {
  it("maps a short name to the one longer name that begins with it", () => {
    const merged = mergeOrganisationKeys(["norrhavn", "norrhavn robotics", "kettle"]);
    expect(merged.get("norrhavn")).toBe("norrhavn robotics");
    expect(merged.get("kettle")).toBe("kettle");
  });

  it("leaves a short name with two possible expansions alone", () => {
    const merged = mergeOrganisationKeys(["china", "china development", "china construction"]);
    expect(merged.get("china")).toBe("china");
  });
});

describe("organisationInRun", () => {
  it("drops a sentence-initial word before 'of'", () => {
    expect(organisationInRun("Shares of Norrhavn")).toBe("Norrhavn");
    expect(organisationInRun("Bank of Norland")).toBe("Bank of Norland");
    expect(organisationInRun("University of Tromso")).toBe("University of Tromso");
  });
});

describe("mergeOrganisationKeys chains", () => {
  it("follows a chain of expansions to its longest name", () => {
    const merged = mergeOrganisationKeys(["solvik", "solvik aerial", "solvik aerial systems"]);
    expect(merged.get("solvik")).toBe("solvik aerial systems");
    expect(merged.get("solvik aerial")).toBe("solvik aerial systems");
  });
});
