/**
 * Libraries whose objects carry an HTTP status as a numeric string in a property that elsewhere holds a number. Without
 * types, a read of such a property (`error.statusCode`) cannot be told apart from an HTTP response's, so where a project
 * uses one of these libraries, comparing the property with a numeric string is how the library is used, not a slip.
 */
export interface StringStatusSource {
  /** The packages (a project that depends on one, or is one, uses the library). */
  readonly packages: readonly string[];
  /** The property that holds the string. */
  readonly property: string;
}

export const STRING_STATUS_SOURCES: readonly StringStatusSource[] = [
  // Supabase Storage's errors keep the storage API's JSON `statusCode` as it came, a string ('409'), beside a numeric
  // `status` (@supabase/storage-js 2.x: `StorageApiError.statusCode: string`; its README compares `error.statusCode ===
  // '409'`). supabase-js and @supabase/ssr hand out the same storage client.
  { packages: ['@supabase/storage-js', '@supabase/supabase-js', '@supabase/ssr'], property: 'statusCode' },
];
