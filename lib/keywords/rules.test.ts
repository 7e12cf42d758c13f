import { describe, expect, it } from "vitest";
import { found, slugs } from "@/test/keywords/skills";

describe("case-sensitive names", () => {
  it("need their exact spelling outside lists", () => {
    expect(found("I excel at Excel")).toEqual(["excel:Excel@11"]);
    expect(slugs("we rust-proof the go kart")).toEqual([]);
  });
  it("accept another case inside a list of skills", () => {
    expect(slugs("java, spring, hibernate")).toEqual(["java", "spring"]);
    expect(slugs("Skills:\npython\nexcel")).toEqual(["python", "excel"]);
    expect(slugs("spring is here")).toEqual([]);
  });
});

describe("short title-case names that are English words", () => {
  it("tell the Go language from go and Go to market", () => {
    expect(slugs("Built services in Go and Python.")).toEqual(["go", "python"]);
    expect(slugs("Go to market in Q3. We go to clients.")).toEqual([]);
    expect(slugs("Languages: Go, Rust")).toEqual(["go", "rust"]);
    expect(slugs("Go developer with Golang")).toEqual(["go"]);
  });
  it("are rejected at a sentence or bullet start before an ordinary lowercase word", () => {
    expect(slugs("• Swift delivery of reports")).toEqual([]);
    expect(slugs("Excel at building teams.")).toEqual([]);
    expect(slugs("Wrote iOS apps in Swift and Rust")).toEqual(["swift", "rust"]);
    expect(slugs("Excel and Word daily")).toEqual(["excel", "word"]);
    expect(slugs("Swift and accurate")).toEqual([]);
  });
  it("are rejected as season names beside a year or a term", () => {
    expect(slugs("Spring 2019: taught Java")).toEqual(["java"]);
    expect(slugs("Fall and Spring semesters")).toEqual([]);
    expect(slugs("Spring and Java")).toEqual(["spring", "java"]);
  });
  it("are rejected inside a capitalised name that is not a skill", () => {
    expect(slugs("Lived at Spring Lake Park")).toEqual([]);
    expect(slugs("Built 100 Word Press sites")).toEqual([]);
    expect(slugs("Spring Integration and Spring Boot")).toEqual(["spring", "spring-boot"]);
    expect(slugs("Spring Java")).toEqual(["spring", "java"]);
  });
});

describe("single letters", () => {
  it("keep R and C apart from R&D, C-suite and C.V.", () => {
    expect(slugs("R&D budget, R & D team, C-suite, C.V., C's")).toEqual([]);
    expect(slugs("C & C++ and C/C++")).toEqual(["c", "cpp"]);
  });
  it("reject initials, grades and abbreviations", () => {
    expect(slugs("Lisa R. Smith and Tolman, R. (2008)")).toEqual([]);
    expect(slugs("Science (C), Maths (A)")).toEqual([]);
    expect(slugs("C/o the office, SAP R/3, A/C repair")).toEqual([]);
  });
  it("need another skill or a programming word nearby", () => {
    expect(slugs("Statistics in R, Python")).toEqual(["r", "python"]);
    expect(slugs("Firmware written in C.")).toEqual(["c"]);
    expect(slugs("Grade C in the exam")).toEqual([]);
    expect(slugs("R programming")).toEqual(["r"]);
  });
});
