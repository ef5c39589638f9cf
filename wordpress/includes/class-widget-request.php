<?php
/**
 * What an author asked for (block or shortcode attributes), checked.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The finding, theme and language to show, and what was wrong with the
 * attributes. Only a missing or unknown finding stops the widget; a wrong
 * theme or locale falls back to the default and is reported to editors.
 */
final class Widget_Request {

	/** The element's themes; `auto` follows the reader's system setting. */
	const THEMES = array( 'light', 'dark', 'auto' );

	/**
	 * A known finding id, or null.
	 *
	 * @var string|null
	 */
	public $finding = null;

	/**
	 * The element showing that finding, or null.
	 *
	 * @var string|null
	 */
	public $tag = null;

	/**
	 * One of THEMES.
	 *
	 * @var string
	 */
	public $theme = 'light';

	/**
	 * One of Prerendered::languages().
	 *
	 * @var string
	 */
	public $language = 'en';

	/**
	 * What was wrong, as sentences for the post's editors (plain text).
	 *
	 * @var string[]
	 */
	public $problems = array();

	/**
	 * Checks raw attributes, whatever their type.
	 *
	 * @param mixed $finding Finding id.
	 * @param mixed $theme   `light`, `dark`, `auto`, or empty for light.
	 * @param mixed $locale  A language tag whose language the findings are written in (`de`, `de-AT`), or empty for the site's.
	 */
	public function __construct( $finding, $theme, $locale ) {
		$this->check_finding( self::text( $finding ) );
		$this->check_theme( self::text( $theme ) );
		$this->check_locale( self::text( $locale ) );
	}

	/**
	 * Whether there is a finding to show.
	 *
	 * @return bool
	 */
	public function can_show() {
		return null !== $this->finding;
	}

	/**
	 * A scalar attribute as trimmed text; anything else as empty.
	 *
	 * @param mixed $value Attribute value.
	 * @return string
	 */
	private static function text( $value ) {
		return is_scalar( $value ) ? trim( (string) $value ) : '';
	}

	/**
	 * Text quoted for a message, cut short.
	 *
	 * @param string $text What the author wrote.
	 * @return string
	 */
	private static function quote( $text ) {
		$short = function_exists( 'mb_substr' ) ? mb_substr( $text, 0, 80 ) : substr( $text, 0, 80 );
		return '"' . $short . ( $short === $text ? '' : '…' ) . '"';
	}

	/**
	 * Sets the finding, or says why there is none.
	 *
	 * @param string $id Finding id.
	 */
	private function check_finding( $id ) {
		if ( '' === $id ) {
			$this->problems[] = __( 'No finding is chosen: set finding="…" to a finding id.', 'microcredential-widgets' );
			return;
		}
		$tag = Prerendered::tag_for( $id );
		if ( null === $tag ) {
			$this->problems[] = sprintf(
				/* translators: 1: the id as written, 2: a list of ids */
				__( 'There is no finding %1$s. Closest ids: %2$s.', 'microcredential-widgets' ),
				self::quote( $id ),
				implode( ', ', Prerendered::suggest( $id ) )
			);
			return;
		}
		$this->finding = $id;
		$this->tag     = $tag;
	}

	/**
	 * Sets the theme, or keeps the default and says why.
	 *
	 * @param string $theme Theme name.
	 */
	private function check_theme( $theme ) {
		if ( '' === $theme ) {
			return;
		}
		if ( in_array( $theme, self::THEMES, true ) ) {
			$this->theme = $theme;
			return;
		}
		$this->problems[] = sprintf(
			/* translators: 1: the theme as written, 2: the valid themes */
			__( 'Unknown theme %1$s: use %2$s. Shown in the light theme.', 'microcredential-widgets' ),
			self::quote( $theme ),
			implode( ', ', self::THEMES )
		);
	}

	/**
	 * Sets the language: the locale's own if findings are written in it, else the site's.
	 *
	 * @param string $locale Language tag, or empty.
	 */
	private function check_locale( $locale ) {
		$site = self::language_of( get_locale() );
		if ( '' === $locale ) {
			$this->language = null === $site ? 'en' : $site;
			return;
		}
		$language = self::language_of( $locale );
		if ( null !== $language ) {
			$this->language = $language;
			return;
		}
		$this->language   = null === $site ? 'en' : $site;
		$this->problems[] = sprintf(
			/* translators: 1: the locale as written, 2: the valid languages, 3: the language used instead */
			__( 'Unknown locale %1$s: use one of %2$s. Shown in %3$s.', 'microcredential-widgets' ),
			self::quote( $locale ),
			implode( ', ', Prerendered::languages() ),
			$this->language
		);
	}

	/**
	 * The prerendered language of a language tag (`de-AT`, `de_DE` → `de`), or null.
	 *
	 * @param string $tag A BCP 47 tag or a WordPress locale.
	 * @return string|null
	 */
	public static function language_of( $tag ) {
		if ( ! preg_match( '/^([a-z]{2,3})(?:[-_][a-z0-9]{1,8})*$/i', $tag, $match ) ) {
			return null;
		}
		$language = strtolower( $match[1] );
		return in_array( $language, Prerendered::languages(), true ) ? $language : null;
	}
}
