import { describe, expect, it } from "vitest";
import { csvCell, toCsv } from "./csv";

describe("toCsv", () => {
  it("writes plain cells as they are, one CRLF-terminated line per row", () => {
    expect(
      toCsv([
        ["name", "level"],
        ["Kubernetes", 3],
        ["Go", 4.5],
      ]),
    ).toBe("name,level\r\nKubernetes,3\r\nGo,4.5\r\n");
    expect(toCsv([])).toBe("");
  });

  it("leaves empty values empty and writes booleans as words", () => {
    expect(toCsv([[null, undefined, "", true, false, Number.NaN]])).toBe(",,,true,false,\r\n");
  });

  it("quotes cells with commas, quotes or line breaks and doubles the quotes", () => {
    expect(csvCell("a,b")).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("crlf\r\nend")).toBe('"crlf\r\nend"');
    expect(toCsv([["x,y", 'q"'], ["ok"]])).toBe('"x,y","q"""\r\nok\r\n');
  });

  it("neutralises cells a spreadsheet would run as a formula (OWASP CSV injection)", () => {
    expect(csvCell("=1+1")).toBe("'=1+1");
    expect(csvCell("+SUM(A1:A2)")).toBe("'+SUM(A1:A2)");
    expect(csvCell("-2+3")).toBe("'-2+3");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell("\tindented")).toBe("'\tindented");
    expect(csvCell("\rstart")).toBe(`"'\rstart"`);
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      `"'=HYPERLINK(""http://evil.example"",""click"")"`,
    );
  });

  it("only checks the first character, and leaves numbers alone", () => {
    expect(csvCell("C++")).toBe("C++");
    expect(csvCell("a=b")).toBe("a=b");
    expect(csvCell(-1)).toBe("-1");
  });
});
