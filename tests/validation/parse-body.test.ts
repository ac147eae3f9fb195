import { describe, expect, it } from "vitest";
import {
  BodyParseError,
  parseJsonBody,
  parseJsonBodyOrThrow,
  utf8Length,
} from "../../lib/validation";

describe("parseJsonBody", () => {
  it("parses a JSON body", () => {
    expect(parseJsonBody('{"a":[1,2]}')).toEqual({ ok: true, value: { a: [1, 2] } });
  });

  it("tells invalid JSON apart, with the parser's reason", () => {
    const result = parseJsonBody("{not json");
    expect(result).toMatchObject({ ok: false, code: "INVALID_JSON" });
    if (!result.ok) expect(result.message).toMatch(/^body is not valid JSON: /);
  });

  it.each(["", "   ", "\n"])("treats an empty or blank body (%j) as invalid JSON", (body) => {
    expect(parseJsonBody(body)).toMatchObject({ ok: false, code: "INVALID_JSON" });
  });

  it("refuses a body over the limit without parsing it", () => {
    const body = JSON.stringify({ pad: "x".repeat(200) });
    const result = parseJsonBody(body, { maxBytes: 100 });
    expect(result).toMatchObject({ ok: false, code: "BODY_TOO_LARGE" });
    if (!result.ok) expect(result.message).toContain(`${utf8Length(body)} bytes`);
  });

  it("counts UTF-8 bytes, not UTF-16 units, at the limit", () => {
    const body = JSON.stringify("€".repeat(40)); // 42 units, 122 bytes
    expect(body.length).toBeLessThanOrEqual(100);
    expect(parseJsonBody(body, { maxBytes: 100 })).toMatchObject({ code: "BODY_TOO_LARGE" });
    expect(parseJsonBody(body, { maxBytes: 122 })).toMatchObject({ ok: true });
  });

  it.each([
    ['{"__proto__":{"polluted":true}}', "a __proto__ key"],
    ['{"a":{"__proto__":{"polluted":true}}}', "a nested __proto__ key"],
    ['{"\\u005f_proto__":{"polluted":true}}', "an escaped __proto__ key"],
    ['{"constructor":{"prototype":{"polluted":true}}}', "constructor.prototype"],
  ])("refuses %s (%s) and pollutes nothing", (body) => {
    expect(parseJsonBody(body)).toMatchObject({ ok: false, code: "FORBIDDEN_KEY" });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("accepts a plain constructor key (no prototype inside)", () => {
    expect(parseJsonBody('{"constructor":"x"}')).toEqual({ ok: true, value: { constructor: "x" } });
  });

  it("parses nesting 100,000 deep without overflowing the stack (the schema rejects it later)", () => {
    const deep = `${"[".repeat(100_000)}${"]".repeat(100_000)}`;
    const result = parseJsonBody(deep, { maxBytes: 1_000_000 });
    expect(result.ok).toBe(true);
    if (result.ok) expect(Array.isArray(result.value)).toBe(true);
  });

  it("finds a __proto__ key 100,000 levels down", () => {
    const deep = `${'{"a":'.repeat(100_000)}{"__proto__":1}${"}".repeat(100_000)}`;
    expect(parseJsonBody(deep, { maxBytes: 1_000_000 })).toMatchObject({ code: "FORBIDDEN_KEY" });
  });

  it("the throwing variant carries the code", () => {
    expect(() => parseJsonBodyOrThrow("nope")).toThrow(BodyParseError);
    try {
      parseJsonBodyOrThrow("x".repeat(10), { maxBytes: 5 });
    } catch (error) {
      expect(error).toMatchObject({ name: "BodyParseError", code: "BODY_TOO_LARGE" });
    }
  });
});

describe("parseJsonBody fast path and byte-order marks", () => {
  it("ignores a leading byte-order mark on both paths", () => {
    expect(parseJsonBody('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonBody('\uFEFF{"constructor":"x"}')).toEqual({
      ok: true,
      value: { constructor: "x" },
    });
  });

  it("treats a body that is only a byte-order mark as invalid JSON", () => {
    expect(parseJsonBody("\uFEFF")).toMatchObject({ ok: false, code: "INVALID_JSON" });
  });

  it.each([
    ['{"\\u005f\\u005fproto\\u005f\\u005f":{"x":1}}', "every underscore escaped"],
    ['{"__pr\\u006fto__":{"x":1}}', "a letter escaped"],
    [
      '{"a":"\\u0041","c\\u006fnstructor":{"prototype":{"x":1}}}',
      "constructor escaped after other escapes",
    ],
  ])("still refuses a prototype key hidden by escapes: %s (%s)", (body) => {
    expect(parseJsonBody(body)).toMatchObject({ ok: false, code: "FORBIDDEN_KEY" });
  });

  it("parses an escaped string that is not a key", () => {
    expect(parseJsonBody('{"a":"\\u005f_proto__"}')).toEqual({
      ok: true,
      value: { a: "__proto__" },
    });
  });
});
