import { describe, expect, it } from 'vitest';
import { imageSize, svgSize } from './settings.service.ts';

describe('imageSize', () => {
  it('reads a PNG’s size from its header', () => {
    const png = new Uint8Array(24);
    png.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    new DataView(png.buffer).setUint32(16, 300);
    new DataView(png.buffer).setUint32(20, 120);
    expect(imageSize(png)).toEqual({ type: 'image/png', width: 300, height: 120 });
  });

  it('walks a JPEG’s segments to its frame header, past the ones before it', () => {
    const jfif = [0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 1, 0, 0, 1, 0, 1, 0, 0];
    const frame = [
      0xff, 0xc2, 0x00, 0x11, 0x08, 0x00, 0x60, 0x01, 0x40, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1,
    ];
    expect(imageSize(new Uint8Array([0xff, 0xd8, ...jfif, ...frame]))).toEqual({
      type: 'image/jpeg',
      width: 320,
      height: 96,
    });
  });

  it('knows neither a GIF, an HTML page nor a truncated JPEG', () => {
    expect(imageSize(new TextEncoder().encode('GIF89a……'))).toBeUndefined();
    expect(imageSize(new TextEncoder().encode('<html><svg viewBox="0 0 1 1"/></html>'))).toBeUndefined();
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0x00]))).toBeUndefined();
  });
});

describe('svgSize', () => {
  const svg = (s: string) => svgSize(new TextEncoder().encode(s));

  it('reads the size from width and height in pixels, else from the viewBox', () => {
    expect(svg('<svg width="300" height="100px"/>')).toEqual({ width: 300, height: 100, safe: true });
    expect(
      svg('<?xml version="1.0"?>\n<!-- a -->\n<svg width="80mm" height="100%" viewBox="0 0 226.8 75.6">'),
    ).toEqual({ width: 226.8, height: 75.6, safe: true });
    expect(svg('\uFEFF<svg viewBox="-10,-10,120,40"></svg>')).toMatchObject({ width: 120, height: 40 });
    expect(svg('<svg xmlns="http://www.w3.org/2000/svg"/>')).toMatchObject({ width: Number.NaN });
  });

  it('calls unsafe what a logo never needs: scripts, handlers, entities, outside references', () => {
    for (const body of [
      '<script>alert(1)</script>',
      '<rect onclick="alert(1)"/>',
      '<a href="https://example.org"><rect/></a>',
      '<image xlink:href="file:///etc/passwd"/>',
      '<rect style="fill:url(https://tracker.example/x)"/>',
      '<foreignObject><p>HTML</p></foreignObject>',
      '<a><set attributeName="href" to="&#106;avascript:alert(1)"/><rect/></a>',
    ])
      expect(svg(`<svg viewBox="0 0 10 10">${body}</svg>`)!.safe, body).toBe(false);
    expect(svg('<!DOCTYPE svg [<!ENTITY x "y">]><svg viewBox="0 0 10 10"/>')).toBeUndefined();
    expect(
      svg(
        '<svg viewBox="0 0 10 10"><use href="#a"/><rect fill="url(#g)"/><image href="data:image/png;base64,AA"/></svg>',
      )!.safe,
    ).toBe(true);
  });
});
