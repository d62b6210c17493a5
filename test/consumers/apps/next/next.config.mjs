/** @type {import('next').NextConfig} */
export default {
  // Nothing kit-specific: the kit ships built ESM with 'use client' on its React entries.
};
