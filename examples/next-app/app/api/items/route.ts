// A Next.js App Router route handler. Lines marked ❌ are deliberate mistakes (see ../../../../README.md).
import { NextResponse, type NextRequest } from 'next/server';

import { items } from '../../../lib/items';

export async function GET(request: NextRequest) {
  const id = request.nextUrl.searchParams.get('id');
  if (id === null) {
    return NextResponse.json(await items.list(), { status: 200 }); // ✅
  }
  const item = await items.find(id);
  if (!item) {
    return NextResponse.json({ error: 'not found' }, { status: 404.0 }); // ✅ 404.0 is the number 404
  }
  if (item.archived) {
    return NextResponse.json({ error: 'archived' }, { status: 306 }); // ❌ no-nonstandard-status: 306 is "(Unused)"
  }
  return NextResponse.json(item);
}

export async function DELETE(request: NextRequest) {
  await items.remove(request.nextUrl.searchParams.get('id'));
  return NextResponse.json({ ok: true }, { status: 204 }); // ❌ no-body-with-empty-status: NextResponse.json throws on a 204
}

export async function POST() {
  return NextResponse.json({ error: 'unsupported' }, { status: 1000 }); // ❌ no-unknown-status: outside 100–599
}

export async function PUT(request: NextRequest) {
  return NextResponse.redirect(new URL('/api/items', request.url), 200); // ❌ valid-redirect-status: throws a RangeError
}

export async function PATCH(request: NextRequest) {
  return NextResponse.redirect(new URL('/api/items', request.url), 307); // ✅
}
