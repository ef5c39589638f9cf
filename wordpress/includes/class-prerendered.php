<?php
/**
 * The findings as the build prerendered them: no rendering happens in PHP.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * Reads the generated files in prerendered/ (written by the project's
 * scripts/build-wordpress.ts from its own server renderer), each once per
 * request and only when needed.
 */
final class Prerendered {

	/**
	 * The index: version, languages, shadow root tag, finding id => element.
	 *
	 * @var array|null
	 */
	private static $index = null;

	/**
	 * Element => stylesheet.
	 *
	 * @var array|null
	 */
	private static $styles = null;

	/**
	 * Language => (finding id => array( 'shadow' => …, 'fallback' => … )).
	 *
	 * @var array
	 */
	private static $languages = array();

	/**
	 * One generated file's array.
	 *
	 * @param string $name File name without extension.
	 * @return array
	 */
	private static function load( $name ) {
		return require dirname( PLUGIN_FILE ) . '/prerendered/' . $name . '.php';
	}

	/**
	 * The index file.
	 *
	 * @return array
	 */
	private static function index() {
		if ( null === self::$index ) {
			self::$index = self::load( 'index' );
		}
		return self::$index;
	}

	/**
	 * The plugin's version, as built.
	 *
	 * @return string
	 */
	public static function version() {
		return self::index()['version'];
	}

	/**
	 * The languages every finding is prerendered in, e.g. array( 'en', 'es', … ).
	 *
	 * @return string[]
	 */
	public static function languages() {
		return self::index()['languages'];
	}

	/**
	 * Every finding id, in dataset order.
	 *
	 * @return string[]
	 */
	public static function ids() {
		return array_keys( self::index()['findings'] );
	}

	/**
	 * Every element name, e.g. array( 'stat-card', … ).
	 *
	 * @return string[]
	 */
	public static function tags() {
		return array_values( array_unique( self::index()['findings'] ) );
	}

	/**
	 * The element that shows a finding, or null for an unknown id.
	 *
	 * @param string $id Finding id.
	 * @return string|null
	 */
	public static function tag_for( $id ) {
		$findings = self::index()['findings'];
		return isset( $findings[ $id ] ) ? $findings[ $id ] : null;
	}

	/**
	 * The opening tag of a declarative shadow root.
	 *
	 * @return string
	 */
	public static function template() {
		return self::index()['template'];
	}

	/**
	 * An element's stylesheet.
	 *
	 * @param string $tag Element name.
	 * @return string
	 */
	public static function style( $tag ) {
		if ( null === self::$styles ) {
			self::$styles = self::load( 'styles' );
		}
		return self::$styles[ $tag ];
	}

	/**
	 * One finding in one language: array( 'shadow' => …, 'fallback' => … ).
	 *
	 * @param string $id       A known finding id.
	 * @param string $language One of languages().
	 * @return array
	 */
	public static function finding( $id, $language ) {
		if ( ! isset( self::$languages[ $language ] ) ) {
			self::$languages[ $language ] = self::load( 'findings-' . $language );
		}
		return self::$languages[ $language ][ $id ];
	}

	/**
	 * The ids closest to a mistyped one, nearest first: an id containing what
	 * was typed ranks first, then by edit distance. The same ranking as
	 * suggestFindingIds() in the project's data API.
	 *
	 * @param string $typed What the author wrote.
	 * @param int    $count How many ids.
	 * @return string[]
	 */
	public static function suggest( $typed, $count = 3 ) {
		$wanted = substr( strtolower( trim( $typed ) ), 0, 200 );
		$scores = array();
		foreach ( self::ids() as $id ) {
			$contains       = '' !== $wanted && false !== strpos( $id, $wanted );
			$scores[ $id ] = ( $contains ? 0 : 1000 ) + levenshtein( $wanted, $id );
		}
		uksort(
			$scores,
			function ( $a, $b ) use ( $scores ) {
				return ( $scores[ $a ] - $scores[ $b ] ) ?: strcmp( $a, $b );
			}
		);
		return array_slice( array_keys( $scores ), 0, $count );
	}
}
