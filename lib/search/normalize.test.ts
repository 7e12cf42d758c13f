import { describe, expect, it } from "vitest";
import { normalizeTitle, singular } from "./normalize";

describe("normalizeTitle", () => {
  it("folds case, accents, punctuation and ampersands", () => {
    expect(normalizeTitle("  Heavy & Tractor-Trailer Truck Drivers ")).toBe(
      "heavy and tractor trailer truck driver",
    );
    expect(normalizeTitle("Café Manager")).toBe("cafe manager");
    expect(normalizeTitle("Nurse Practitioners (NP)")).toBe("nurse practitioner np");
    expect(normalizeTitle("Police and Sheriff's Patrol Officers")).toBe("police and sheriff patrol officer");
  });

  it("joins dotted acronyms and keeps a dot that ends a word as a break", () => {
    expect(normalizeTitle("R.N.")).toBe("rn");
    expect(normalizeTitle("Sr. Software Engineer")).toBe("senior software engineer");
  });

  it("keeps the signs of C++ and C#", () => {
    expect(normalizeTitle("C++ Developer")).toBe("c++ developer");
    expect(normalizeTitle("C# developers")).toBe("c# developer");
  });

  it("makes plurals singular the same way on both sides", () => {
    expect(normalizeTitle("Cashiers")).toBe(normalizeTitle("cashier"));
    expect(normalizeTitle("Secretaries")).toBe("secretary");
    expect(normalizeTitle("Coaches and Scouts")).toBe("coach and scout");
    expect(normalizeTitle("Boxes")).toBe("box");
    for (const kept of ["business", "bus", "status", "analysis", "gas"]) expect(singular(kept)).toBe(kept);
  });

  it("spells out the common abbreviations on both sides", () => {
    expect(normalizeTitle("Pharmacy Tech")).toBe(normalizeTitle("pharmacy technicians"));
    expect(normalizeTitle("Customer Service Rep")).toBe("customer service representative");
    expect(normalizeTitle("Techs")).toBe("technician");
  });

  it("is idempotent and empty for punctuation only", () => {
    for (const t of ["Registered Nurses", "CEO (Chief Executive Officer)", "Truck Drivers, Heavy"])
      expect(normalizeTitle(normalizeTitle(t))).toBe(normalizeTitle(t));
    expect(normalizeTitle(" -- / ")).toBe("");
  });
});
